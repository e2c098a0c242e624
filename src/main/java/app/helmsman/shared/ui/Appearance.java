package app.helmsman.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ColorScheme;

/**
 * How the app looks for one person: colour theme, reduced motion and text size.
 * {@link #applyTo(UI)} sets it on the page at once (no reload).
 */
public record Appearance(Theme theme, boolean reducedMotion, TextSize textSize) {

    /** Follows the operating system's light/dark choice, normal text, motion as the system prefers. */
    public static final Appearance DEFAULT = new Appearance(Theme.SYSTEM, false, TextSize.NORMAL);

    public enum Theme {
        LIGHT("Light"), DARK("Dark"), SYSTEM("Same as my system"), HIGH_CONTRAST("High contrast");

        private final String label;

        Theme(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum TextSize {
        SMALL("Small", "93.75%"), NORMAL("Normal", "100%"), LARGE("Large", "112.5%"), LARGER("Larger", "125%");

        private final String label;
        private final String cssSize;

        TextSize(String label, String cssSize) {
            this.label = label;
            this.cssSize = cssSize;
        }

        public String label() {
            return label;
        }

        public String cssSize() {
            return cssSize;
        }
    }

    public Appearance {
        theme = theme == null ? Theme.SYSTEM : theme;
        textSize = textSize == null ? TextSize.NORMAL : textSize;
    }

    public void applyTo(UI ui) {
        ui.getPage().setColorScheme(switch (theme) {
            case LIGHT, HIGH_CONTRAST -> ColorScheme.Value.LIGHT;
            case DARK -> ColorScheme.Value.DARK;
            case SYSTEM -> ColorScheme.Value.LIGHT_DARK;
        });
        ui.getPage().executeJs("""
                const root = document.documentElement;
                root.classList.toggle('hm-high-contrast', $0);
                root.classList.toggle('hm-reduced-motion', $1);
                root.style.fontSize = $2;""", theme == Theme.HIGH_CONTRAST, reducedMotion, textSize.cssSize());
    }
}
