package app.helmsman.accounts;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names and addresses of accounts, for features that show people to each other (shared projects).
 * Callers decide who may see whom; this reveals nothing but the name and the address.
 */
@Component
public class UserDirectory {

    /** A person as others see them. */
    public record Person(UUID id, String displayName, String email) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    UserDirectory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The account with this address (compared without case and surrounding spaces), if any. */
    @Transactional(readOnly = true)
    public Optional<Person> byEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return jdbc.query("select id, display_name, email from users where lower(email) = :email",
                Map.of("email", email.strip().toLowerCase(Locale.ROOT)), (rs, n) -> person(rs)).stream().findFirst();
    }

    /** The accounts with these ids; ids without an account are absent. */
    @Transactional(readOnly = true)
    public Map<UUID, Person> byIds(Collection<UUID> ids) {
        var people = new HashMap<UUID, Person>();
        if (!ids.isEmpty()) {
            jdbc.query("select id, display_name, email from users where id in (:ids)", Map.of("ids", ids), rs -> {
                var person = person(rs);
                people.put(person.id(), person);
            });
        }
        return people;
    }

    private static Person person(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Person(rs.getObject("id", UUID.class), rs.getString("display_name"), rs.getString("email"));
    }
}
