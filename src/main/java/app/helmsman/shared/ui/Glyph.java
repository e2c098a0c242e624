package app.helmsman.shared.ui;

import com.vaadin.flow.component.html.Span;

/**
 * The few icons Helmsman shows, drawn by its own stylesheet (an SVG mask in {@code styles.css}, coloured with the
 * text colour, also in forced colours). Vaadin's {@code Icon} would make every page load the on-demand chunk of the
 * pre-compiled bundle that registers all 600 Vaadin icons (about 0.4 s of a phone's main thread, issue 17, ADR 0034);
 * a glyph is a plain element with no script. Glyphs are decorative: the button or link around one carries the name.
 */
public enum Glyph {
    PLUS, BELL, ARROW_UP, ARROW_DOWN, TRASH;

    /** A new, hidden-from-assistive-technology element showing this glyph, for {@code Button.setIcon} or a layout. */
    public Span create() {
        var glyph = new Span();
        glyph.addClassNames("hm-glyph", className());
        glyph.getElement().setAttribute("aria-hidden", "true");
        return glyph;
    }

    /** The CSS class that draws this glyph, such as {@code hm-glyph-arrow-up}. */
    public String className() {
        return "hm-glyph-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
