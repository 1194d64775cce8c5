package com.axolop.crm.adapter.webhook;

import com.axolop.crm.domain.webhook.WebhookSecret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook-signature header of Standard Webhooks v1: "v1,&lt;base64 HMAC-SHA256 of id.timestamp.body&gt;" per
 * secret, keyed with the secret's decoded bytes, separated by spaces.
 */
final class StandardWebhooksSignature {
    private StandardWebhooksSignature() {
    }

    static String header(String id, long timestamp, byte[] body, List<WebhookSecret> secrets) {
        return secrets.stream().map(secret -> "v1," + sign(id, timestamp, body, secret))
                .collect(Collectors.joining(" "));
    }

    private static String sign(String id, long timestamp, byte[] body, WebhookSecret secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
