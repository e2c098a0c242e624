package app.helmsman.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.IntegrationTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Liquibase changelog is applied to real PostgreSQL and Hibernate validated every entity against it
 * ({@code ddl-auto=validate}: the context would not have started otherwise).
 */
@IntegrationTest
class SchemaIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_changelog_file_was_applied_to_postgresql() throws IOException {
        var files = new PathMatchingResourcePatternResolver().getResources("classpath:db/changelog/changes/*.yaml");
        var applied = jdbc.queryForList("select distinct filename from databasechangelog", String.class);

        assertThat(files).isNotEmpty();
        for (var file : files) {
            assertThat(applied).anyMatch(name -> name.endsWith(file.getFilename()));
        }
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    }

    @Test
    void emails_are_unique_regardless_of_case() {
        jdbc.update("insert into users (id, email, display_name, created_at, sessions_valid_after) values (gen_random_uuid(), 'Case@Example.com', 'A', now(), now())");
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
                    "insert into users (id, email, display_name, created_at, sessions_valid_after) values (gen_random_uuid(), 'case@example.com', 'B', now(), now())"))
                    .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        } finally {
            jdbc.update("delete from users where lower(email) = 'case@example.com'");
        }
    }
}
