package app.helmsman.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Application;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Starting the prod profile without its required settings fails at once with one clear line. */
class ProductionProfileIT {

    @Test
    void prod_profile_without_database_url_refuses_to_start_and_says_which_variable_is_missing() {
        var err = new ByteArrayOutputStream();
        var originalErr = System.err;
        var originalOut = System.out;
        Throwable failure = null;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(err, true, StandardCharsets.UTF_8));
            new SpringApplicationBuilder(Application.class).profiles("prod")
                    .run("--server.port=0", "--management.server.port=0", "--helmsman.platform.database-url=",
                            "--logging.structured.format.console=");
        } catch (Throwable e) {
            failure = e;
        } finally {
            System.setErr(originalErr);
            System.setOut(originalOut);
        }
        assertThat(failure).isNotNull();
        var output = err.toString(StandardCharsets.UTF_8);
        // one line names every missing setting: the calendar token key is required in prod too (ADR 0017)
        assertThat(output).contains("Missing required setting(s): DATABASE_URL, HELMSMAN_ENCRYPTION_KEY")
                .contains("Set DATABASE_URL, HELMSMAN_ENCRYPTION_KEY in the environment");
    }
}
