package app.helmsman.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The one way dates and times are written, in the person's locale (their browser's, see {@link BrowserLocale}):
 * chips, headings and pickers all agree, so "Mon 7 Dec" sits beside "07/12/2026" and "15:00" for en-GB, and
 * "Mon, Dec 7" beside "12/7/2026" and "3:00 PM" for en-US.
 */
public final class DateFormats {

    /** The locale outside a Vaadin UI (unit tests, jobs): the app's historical British English. */
    public static final Locale FALLBACK = Locale.UK;

    private DateFormats() {
    }

    /** The current UI's locale, or {@link #FALLBACK}. */
    public static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? FALLBACK : ui.getLocale();
    }

    /** A short day: "Mon 7 Dec" (en-GB), "Mon, Dec 7" (en-US). */
    public static String day(LocalDate date) {
        return day(date, locale());
    }

    public static String day(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedPattern("MMMEEEd").withLocale(locale).format(date);
    }

    /** A day in full, for headings: "Monday 7 December" (en-GB), "Monday, December 7" (en-US). */
    public static String longDay(LocalDate date) {
        return longDay(date, locale());
    }

    public static String longDay(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedPattern("MMMMEEEEd").withLocale(locale).format(date);
    }

    /** A time of day: "15:00" (en-GB), "3:00 PM" (en-US). */
    public static String time(LocalTime time) {
        return time(time, locale());
    }

    public static String time(LocalTime time, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }

    /** A day and a time, for a moment this week: "Mon 7 Dec, 15:00" (en-GB), "Mon, Dec 7, 3:00 PM" (en-US). */
    public static String dayTime(LocalDateTime at) {
        return dayTime(at, locale());
    }

    public static String dayTime(LocalDateTime at, Locale locale) {
        return day(at.toLocalDate(), locale) + ", " + time(at.toLocalTime(), locale);
    }

    /**
     * A moment with its year, for records such as "last synced": "7 Dec 2026, 15:00" (en-GB), "Dec 7, 2026, 3:00 PM"
     * (en-US), "07.12.2026, 15:00" (de): the locale's medium date and short time, joined as the locale joins them.
     */
    public static String dateTime(LocalDateTime at) {
        return dateTime(at, locale());
    }

    public static String dateTime(LocalDateTime at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).format(at);
    }

    /**
     * The pickers' date pattern in Vaadin's tokens (d, dd, M, MM, yyyy), from the locale's short date with a
     * four-digit year: "dd/MM/yyyy" (en-GB), "M/d/yyyy" (en-US), "dd.MM.yyyy" (de).
     */
    public static String pickerPattern(Locale locale) {
        var pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        var out = new StringBuilder();
        for (int i = 0; i < pattern.length(); ) {
            char c = pattern.charAt(i);
            int run = 1;
            while (i + run < pattern.length() && pattern.charAt(i + run) == c) {
                run++;
            }
            switch (c) {
                case 'y', 'u' -> out.append("yyyy");
                case 'd' -> out.append(run >= 2 ? "dd" : "d");
                case 'M', 'L' -> out.append(run >= 2 ? "MM" : "M");
                case '\'' -> { }
                default -> out.append(String.valueOf(c).repeat(run));
            }
            i += run;
        }
        return out.toString();
    }

    /** Makes a date picker show and read dates as the rest of the app writes them. */
    public static DatePicker apply(DatePicker picker) {
        var locale = locale();
        picker.setLocale(locale);
        var i18n = picker.getI18n() == null ? new DatePicker.DatePickerI18n() : picker.getI18n();
        i18n.setDateFormats(pickerPattern(locale), "yyyy-MM-dd");
        picker.setI18n(i18n);
        return picker;
    }

    /** Makes a time picker use the locale's clock (24 or 12 hours), as {@link #time} does. */
    public static TimePicker apply(TimePicker picker) {
        picker.setLocale(locale());
        return picker;
    }

    public static DateTimePicker apply(DateTimePicker picker) {
        picker.setLocale(locale());
        return picker;
    }
}
