package com.axolop.crm.adapter.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetSafeTest {
    @ParameterizedTest
    @CsvSource(delimiter = '#', quoteCharacter = '"', value = {
            "=SUM(A1)#'=SUM(A1)",
            "+1 555#'+1 555",
            "@cmd#'@cmd",
            "-2#'-2",
            "x;=cmd|' /C calc'!A0#x;'=cmd|' /C calc'!A0",
            "x,=1+1#x,'=1+1",
            "x|+1#x|'+1",
            "a;  @b#a;  '@b",
            "first;-second;=third#first;'-second;'=third"})
    void aFormulaTriggerAtTheStartOrAfterASeparatorStaysText(String typed, String exported) {
        assertThat(SpreadsheetSafe.cell(typed)).isEqualTo(exported);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x\t=cmd", "x\n=cmd", "x\r\n@cmd"})
    void aFormulaTriggerAfterATabOrLineBreakStaysText(String typed) {
        assertThat(SpreadsheetSafe.cell(typed)).matches("(?s).*'[=@]cmd");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acme Corp", "e-mail me", "3-4 people", "a = b", "jane@acme.com", "x; y", ""})
    void textWithoutATriggerAtACellsStartIsKeptAsItIs(String typed) {
        assertThat(SpreadsheetSafe.cell(typed)).isEqualTo(typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'=x", "''+1", "a;'@b", "'plain", "it's", "=SUM(A1)", "x;=cmd|' /C calc'!A0", "'", "''"})
    void anImportGivesBackExactlyTheTextExported(String typed) {
        assertThat(SpreadsheetSafe.restore(SpreadsheetSafe.cell(typed))).isEqualTo(typed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', quoteCharacter = '"', value = {"'=x#''=x", "''+1#'''+1", "'plain#'plain"})
    void textThatIsAlreadyApostrophesThenATriggerGetsOneMore(String typed, String exported) {
        assertThat(SpreadsheetSafe.cell(typed)).isEqualTo(exported);
    }
}
