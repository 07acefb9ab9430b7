package dev.unknot.ui.session;

import dev.unknot.ui.Icon;
import dev.unknot.ui.Icons;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Shows a {@link SessionNotices.Notice} as a desktop notification in the screen's corner (ControlsFX), for long
 * enough to be read from across the room. Its popup copies the window's stylesheets, so it wears the app's theme.
 */
public final class DesktopNotice implements Consumer<SessionNotices.Notice> {
    private static final Duration SHOWN_FOR = Duration.seconds(10);
    private final Supplier<Window> owner;

    public DesktopNotice(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void accept(SessionNotices.Notice notice) {
        Region icon = Icons.of(Icon.TIMER_OUTLINE);
        icon.getStyleClass().add("notice-icon");
        Notifications toast = Notifications.create()
                .title(notice.title())
                .text(notice.text())
                .graphic(icon)
                .owner(owner.get())
                .hideAfter(SHOWN_FOR);
        toast.show();
    }
}
