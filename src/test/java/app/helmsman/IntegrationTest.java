package app.helmsman;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port with the embedded PostgreSQL (or {@code DATABASE_URL}), the
 * {@code test} profile, {@link Fixtures} and a {@link TestClock} tests can stop and a calendar ({@link app.helmsman.planner.TestBusyTime}) tests can fill. Every test class with it shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({Fixtures.class, TestClock.class, app.helmsman.planner.TestBusyTime.class})
public @interface IntegrationTest {
}
