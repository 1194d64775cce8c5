package com.axolop.crm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueObjectsTest {
    @Test
    void emailAddressRejectsMalformedAddresses() {
        assertThat(new EmailAddress(" jane@acme.com ").value()).isEqualTo("jane@acme.com");
        assertThat(new EmailAddress("o'brien+crm@mail.acme-corp.co.uk").value()).isEqualTo("o'brien+crm@mail.acme-corp.co.uk");
        for (String bad : List.of("jane", "jane@", "@acme.com", "jane@acme", "ja ne@acme.com", "jane@@acme.com",
                "jane..doe@acme.com", "jane@-acme.com", "jane@acme-.com", "jane@acme..com", "jane@acme.com.",
                "jané@acme.com", "jane@ac_me.com")) {
            assertThatThrownBy(() -> new EmailAddress(bad)).as(bad).hasMessage("must be a valid email address");
        }
    }

    @Test
    void monetaryAmountIsNonNegativeWithAtMostTwoDecimals() {
        assertThat(new MonetaryAmount(new BigDecimal("10.5"))).isEqualTo(new MonetaryAmount(new BigDecimal("10.50")));
        assertThatThrownBy(() -> new MonetaryAmount(new BigDecimal("-1"))).hasMessageContaining("greater than or equal to 0");
        assertThatThrownBy(() -> new MonetaryAmount(new BigDecimal("1.005"))).hasMessage("must have at most 2 decimals");
    }

    @Test
    void currencyCodeMustBeIso4217() {
        assertThat(new CurrencyCode("EUR").value()).isEqualTo("EUR");
        for (String bad : List.of("usd", "XYZ", "US", "EURO")) {
            assertThatThrownBy(() -> new CurrencyCode(bad)).as(bad).hasMessageContaining("ISO 4217");
        }
    }

    @Test
    void tagsAreTrimmedDistinctAndAtMostTwenty() {
        assertThat(new Tags(List.of(" hot ", "hot", "vip")).values()).containsExactly("hot", "vip");
        List<String> tooMany = java.util.stream.IntStream.range(0, 21).mapToObj(i -> "t" + i).toList();
        assertThatThrownBy(() -> new Tags(tooMany)).hasMessage("must have at most 20 tags");
        assertThatThrownBy(() -> new Tags(List.of(" "))).hasMessage("must not contain empty tags");
        assertThatThrownBy(() -> new Tags(List.of("a\u001fb"))).hasMessage("must not contain control characters");
    }

    @Test
    void customFieldsAreAJsonObjectOfAtMost16KB() {
        String big = "{\"a\":\"" + String.join("", Collections.nCopies(16 * 1024, "x")) + "\"}";
        assertThatThrownBy(() -> new CustomFields(big)).hasMessage("must be at most 16 KB of JSON");
        assertThatThrownBy(() -> new CustomFields("[1]")).hasMessage("must be a JSON object");
    }

    @Test
    void uuidV7IsTimeOrderedAndVersioned() {
        var first = Uuids.v7();
        var second = Uuids.v7();
        assertThat(first.version()).isEqualTo(7);
        assertThat(first.variant()).isEqualTo(2);
        assertThat(second.getMostSignificantBits() >>> 16).isGreaterThanOrEqualTo(first.getMostSignificantBits() >>> 16);
    }

    @Test
    void workspaceIdsCannotReachIntoOtherKeys() {
        assertThat(new WorkspaceId("3f2c9a10-acme_team.eu@x").value()).isEqualTo("3f2c9a10-acme_team.eu@x");
        for (String bad : List.of("acme:lead", "acme*", "a b", "acme?", "x]")) {
            assertThatThrownBy(() -> new WorkspaceId(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void enumsParseExactNamesAndListTheAcceptedOnes() {
        assertThatThrownBy(() -> Enums.parse(Thread.State.class, "nope")).hasMessageStartingWith("must be one of NEW, RUNNABLE");
    }
}
