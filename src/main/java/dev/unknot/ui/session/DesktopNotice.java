package dev.unknot.ui.session;

import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Shows a {@link SessionNotices.Notice} as a desktop notification in the screen's corner (ControlsFX), in the
 * dark or light look the app wears, for long enough to be read from across the room.
 */
public final class DesktopNotice implements Consumer<SessionNotices.Notice> {
    private static final Duration SHOWN_FOR = Duration.seconds(10);
    private final Supplier<Window> owner;
    private final BooleanSupplier dark;

    /** @param dark whether the app wears its dark theme now */
    public DesktopNotice(Supplier<Window> owner, BooleanSupplier dark) {
        this.owner = owner;
        this.dark = dark;
    }

    @Override
    public void accept(SessionNotices.Notice notice) {
        FontIcon icon = new FontIcon(MaterialDesignT.TIMER_OUTLINE);
        icon.setIconSize(32);
        icon.getStyleClass().add("notice-icon");
        Notifications toast = Notifications.create()
                .title(notice.title())
                .text(notice.text())
                .graphic(icon)
                .owner(owner.get())
                .hideAfter(SHOWN_FOR);
        if (dark.getAsBoolean()) {
            toast.darkStyle();
        }
        toast.show();
    }
}
