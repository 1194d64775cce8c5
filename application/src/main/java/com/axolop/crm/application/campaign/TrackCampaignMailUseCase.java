package com.axolop.crm.application.campaign;

import java.util.Optional;

/**
 * What an anonymous reader of campaign mail does through its links. An unknown token finds nothing and changes
 * nothing; a known one reveals nothing but what that recipient's own mail holds.
 */
public interface TrackCampaignMailUseCase {
    /** Counts an open (the tracking pixel); false for an unknown token. */
    boolean open(String token);

    /** Counts a click on the mail's link at {@code position}; the URL stored for it, empty if there is none. */
    Optional<String> click(String token, int position);

    /** Adds the recipient's address to the workspace's suppression list; false for an unknown token. */
    boolean unsubscribe(String token);
}
