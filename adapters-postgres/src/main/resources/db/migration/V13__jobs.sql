-- Durable job queues (the contract's Bull queues). A job is waiting (due at run_at: "delayed" while in the
-- future), active (leased to one worker until locked_until), completed or failed.
create table jobs (
    id           uuid        primary key,
    workspace_id text        not null,
    queue        text        not null,
    type         text        not null,
    payload      json        not null,
    priority     smallint    not null check (priority between 1 and 10),
    state        text        not null check (state in ('waiting', 'active', 'completed', 'failed')),
    attempts     integer     not null default 0,
    interruptions integer    not null default 0,
    max_attempts integer     not null check (max_attempts >= 1),
    run_at       timestamptz not null,
    dedupe_key   text,
    locked_by    text,
    locked_until timestamptz,
    last_error   text,
    created_at   timestamptz not null,
    started_at   timestamptz,
    finished_at  timestamptz
);

-- The claim: a queue's due jobs, highest priority (1) first, then oldest due, then id.
create index jobs_due on jobs (queue, priority, run_at, id) where state = 'waiting';
-- Leases that ran out (their worker died).
create index jobs_leased on jobs (locked_until) where state = 'active';
-- A dedupe key is enqueued once per workspace while its job waits or runs.
create unique index jobs_dedupe on jobs (workspace_id, queue, dedupe_key)
    where dedupe_key is not null and state in ('waiting', 'active');
-- Queue management lists and counts one workspace's jobs.
create index jobs_by_workspace on jobs (workspace_id, queue, state, created_at desc);
-- Retention deletes old completed jobs.
create index jobs_finished on jobs (finished_at) where state = 'completed';

-- A workspace that paused a queue: none of its jobs in that queue are claimed.
create table job_queue_pauses (
    workspace_id text not null,
    queue        text not null,
    primary key (queue, workspace_id)
);
