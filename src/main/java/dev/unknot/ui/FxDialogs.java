package dev.unknot.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link DialogService} as JavaFX dialogs over the app's window, wearing its theme (the owner's style sheets). */
public final class FxDialogs implements DialogService {
    private final Supplier<Window> owner;

    public FxDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void tell(String title, String message, boolean problem) {
        Alert alert = new Alert(problem ? Alert.AlertType.ERROR : Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(520);
        alert.getDialogPane().getStyleClass().add("log-message");
        alert.show();
    }

    @Override
    public boolean confirm(String title, String header, String message, String yes) {
        ButtonType go = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, message, go, ButtonType.CANCEL);
        ask.initOwner(owner.get());
        ask.setTitle(title);
        ask.setHeaderText(header);
        ask.getDialogPane().setMinWidth(560);
        return ask.showAndWait().filter(go::equals).isPresent();
    }

    @Override
    public <T> Optional<T> choose(String title, String header, List<T> choices, T first) {
        ChoiceDialog<T> choose = new ChoiceDialog<>(first, choices);
        choose.initOwner(owner.get());
        choose.setTitle(title);
        choose.setHeaderText(header);
        return choose.showAndWait();
    }

    @Override
    public boolean warn(String title, String header, String message, String yes, String no) {
        ButtonType go = yes == null ? null : new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        Alert alert = go == null ? new Alert(Alert.AlertType.WARNING, message, ButtonType.OK)
                : new Alert(Alert.AlertType.WARNING, message, go, new ButtonType(no, ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(600);
        alert.getDialogPane().getStyleClass().add("damaged-log");
        Optional<ButtonType> answer = alert.showAndWait();
        return go != null && answer.filter(go::equals).isPresent();
    }
}
