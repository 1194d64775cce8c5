-- The signing secrets of a workflow's webhook steps: the AES-256-GCM ciphertext (v1:<key id>:<base64>) of one JSON
-- object from step path ("2.then.0") to whsec_ secret; null when no step signs. The steps column stays the published
-- shape, which never holds a secret.
alter table workflows add column webhook_secrets text check (webhook_secrets like 'v1:%');
