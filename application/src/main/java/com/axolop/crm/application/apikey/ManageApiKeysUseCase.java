package com.axolop.crm.application.apikey;

import com.axolop.crm.application.shared.Actor;
import java.util.List;
import java.util.UUID;

/** A workspace's API keys, for its admins. */
public interface ManageApiKeysUseCase {
    NewApiKey create(Actor actor, CreateApiKeyCommand command);

    List<ApiKey> list(Actor actor);

    /** Another workspace's key, or none, is a NotFoundException; revoking twice keeps the first time. */
    void revoke(Actor actor, UUID id);
}
