package app.helmsman.tasks.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface TaskRepository extends JpaRepository<TaskEntity, UUID> {

    /** The task, its row locked until the transaction ends, so a version check cannot race another writer. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from TaskEntity t where t.id = :id")
    Optional<TaskEntity> findForUpdate(UUID id);

    /** A new position: after every task created so far, in any list (positions are only compared within one list). */
    @Query(value = "select nextval('task_position_seq')", nativeQuery = true)
    long nextPosition();

    /** Every task the account owns, done and trashed ones too (served by tasks_owner_idx). */
    long countByOwnerId(UUID ownerId);
}
