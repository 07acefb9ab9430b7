package dev.unknot.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A question laid over a screen (end the session? delete this?) with a yes that is marked dangerous and a no.
 * Which keys answer it (Enter, Escape) and when it shows are the screen's to decide.
 */
public final class ConfirmOverlay extends StackPane {
    private final Label question = new Label();
    private final Label detail = new Label();
    private final Button yes = new Button();
    private final Button no = new Button();

    public ConfirmOverlay(String styleClass, Runnable onYes, Runnable onNo) {
        question.getStyleClass().add("confirm-question");
        question.setWrapText(true);
        detail.getStyleClass().add("confirm-detail");
        detail.setWrapText(true);
        yes.getStyleClass().add("danger");
        yes.setOnAction(e -> onYes.run());
        no.setOnAction(e -> onNo.run());
        HBox choices = new HBox(12, yes, no);
        choices.setAlignment(Pos.CENTER);
        VBox card = new VBox(14, question, detail, choices);
        card.getStyleClass().add("confirm-card");
        card.setAlignment(Pos.CENTER);
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        getChildren().add(card);
        getStyleClass().addAll("confirm-backdrop", styleClass);
    }

    /** Fixed wording; a screen with changing wording sets the labels and buttons itself. */
    public ConfirmOverlay texts(String questionText, String detailText, String yesText, String noText) {
        question.setText(questionText);
        detail.setText(detailText);
        yes.setText(yesText);
        no.setText(noText);
        return this;
    }

    public Label question() {
        return question;
    }

    public Label detail() {
        return detail;
    }

    public Button yes() {
        return yes;
    }

    public Button no() {
        return no;
    }

    /** The card, for a screen that limits its width. */
    public VBox card() {
        return (VBox) getChildren().get(0);
    }
}
