package app.helmsman.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;

/** Every public method of the tasks services requires a signed-in person and runs in a transaction. */
class TaskServiceSecurityTest {

    static Stream<Method> publicServiceMethods() {
        return Stream.of(TaskService.class, TaskListService.class, TaskMoveService.class, TaskDependencyService.class,
                        TaskTrashService.class, ProjectService.class, TaskBulkService.class, QuickAddService.class,
                        ProjectMembersService.class, ProjectInvitationService.class)
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic());
    }

    @Test
    void every_public_service_method_requires_authentication() {
        assertThat(publicServiceMethods()).isNotEmpty().allSatisfy(method -> assertThat(method.getAnnotation(PreAuthorize.class))
                .as(method.getName()).isNotNull().extracting(PreAuthorize::value).isEqualTo("isAuthenticated()"));
    }

    @Test
    void every_public_service_method_is_transactional_and_reads_are_read_only() {
        assertThat(publicServiceMethods()).allSatisfy(method -> {
            var transactional = method.getAnnotation(Transactional.class);
            assertThat(transactional).as(method.getName()).isNotNull();
            boolean read = method.getReturnType() == org.springframework.data.domain.Slice.class || method.getName().equals("get")
                    || method.getName().equals("upcoming") || method.getName().equals("projectTree");
            if (read) {
                assertThat(transactional.readOnly()).as(method.getName() + " is a read").isTrue();
            }
        });
    }
}
