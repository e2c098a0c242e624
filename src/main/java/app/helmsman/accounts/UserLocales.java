package app.helmsman.accounts;

import app.helmsman.shared.ui.DateFormats;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The locale each person's dates and times are written in outside the app (emails), for background jobs that work
 * on a given user id: the one of the browser they last signed in with ({@link AccountService#rememberBrowserLocale}).
 * Reveals nothing but the locale. A person whose locale is not known yet, or whose stored tag is ill-formed or names
 * a language this JDK has no formats for, gets {@link DateFormats#FALLBACK}.
 */
@Component
public class UserLocales {

    private static final Set<String> LANGUAGES = Arrays.stream(Locale.getAvailableLocales())
            .map(Locale::getLanguage).filter(language -> !language.isEmpty()).collect(Collectors.toUnmodifiableSet());

    private final NamedParameterJdbcTemplate jdbc;

    UserLocales(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The locale of the given person; the fallback when unknown, also for an id without an account. */
    @Transactional(readOnly = true)
    public Locale localeOf(UUID userId) {
        return localesOf(List.of(userId)).get(userId);
    }

    /** The locales of the given people, one entry per id (the fallback when unknown). */
    @Transactional(readOnly = true)
    public Map<UUID, Locale> localesOf(Collection<UUID> userIds) {
        var locales = new HashMap<UUID, Locale>();
        userIds.forEach(id -> locales.put(id, DateFormats.FALLBACK));
        if (userIds.isEmpty()) {
            return locales;
        }
        jdbc.query("select user_id, locale from user_settings where user_id in (:ids) and locale is not null",
                Map.of("ids", userIds), row -> {
                    try {
                        var locale = new Locale.Builder().setLanguageTag(row.getString("locale")).build();
                        if (LANGUAGES.contains(locale.getLanguage())) {
                            locales.put(row.getObject("user_id", UUID.class), locale);
                        }
                    } catch (IllformedLocaleException ignored) {
                        // not a language tag: the fallback, as for an unknown locale
                    }
                });
        return locales;
    }
}
