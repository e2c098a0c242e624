package app.helmsman.accounts.internal;

import app.helmsman.accounts.Role;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserRepository extends JpaRepository<UserEntity, UUID> {

    @Query("select u from UserEntity u where lower(u.email) = lower(:email)")
    Optional<UserEntity> findByEmail(String email);

    @Query("select count(u) > 0 from UserEntity u join u.roles r where r = :role")
    boolean existsWithRole(Role role);
}
