package com.axolop.crm.bootstrap;

import java.util.List;

/** Start-up refused: each problem is one line for the operator. */
public class InvalidConfigException extends RuntimeException {
    private final List<String> problems;

    public InvalidConfigException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
