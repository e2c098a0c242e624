package app.helmsman.accounts.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IdentityRepository extends JpaRepository<IdentityEntity, UUID> {

    Optional<IdentityEntity> findByProviderAndSubject(String provider, String subject);

    List<IdentityEntity> findByUserId(UUID userId);
}
