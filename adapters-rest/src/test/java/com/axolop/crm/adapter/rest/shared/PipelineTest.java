package com.axolop.crm.adapter.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PipelineTest {
    @Test
    void consumesEveryItemInTheOrderProduced() {
        List<Integer> consumed = new ArrayList<>();

        Pipeline.<Integer>run(sink -> {
            for (int i = 0; i < 10_000; i++) {
                sink.accept(i);
            }
        }, consumed::add);

        assertThat(consumed).hasSize(10_000).isSorted();
    }

    @Test
    void rethrowsTheProducersFailureAfterWhatItProduced() {
        List<String> consumed = new ArrayList<>();

        assertThatThrownBy(() -> Pipeline.<String>run(sink -> {
            sink.accept("first");
            throw new IllegalStateException("database gone");
        }, consumed::add)).hasMessage("database gone");
        assertThat(consumed).containsExactly("first");
    }

    @Test
    void stopsTheProducerWhenTheConsumerFails() throws InterruptedException {
        var producerStopped = new CountDownLatch(1);

        assertThatThrownBy(() -> Pipeline.<Integer>run(sink -> {
            try {
                for (int i = 0; ; i++) {
                    sink.accept(i);
                }
            } finally {
                producerStopped.countDown();
            }
        }, item -> {
            if (item == 10) {
                throw new IllegalStateException("client went away");
            }
        })).hasMessage("client went away");
        assertThat(producerStopped.await(5, TimeUnit.SECONDS)).isTrue();
    }
}
