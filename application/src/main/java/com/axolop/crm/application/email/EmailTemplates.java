package com.axolop.crm.application.email;

import com.axolop.crm.domain.shared.CustomFields;
import java.util.Map;
import java.util.Set;

/**
 * Renders email templates: the base ones by name, custom ones from their source. Templates are sandboxed (no Java
 * classes, no files) and HTML-escape what they insert.
 */
public interface EmailTemplates {
    /** The contract's base templates, which every implementation renders by name. */
    Set<String> BASE = Set.of("basic", "welcome", "leadNotification", "taskReminder", "invoice");

    /**
     * Checks a custom template's subject and HTML before it is stored; refuses it with an
     * {@link com.axolop.crm.domain.refusal.InvalidFieldException} naming the field, line and column of a syntax
     * error, or the forbidden built-in it uses.
     */
    void check(TemplateSource.Custom template);

    /**
     * Renders {@code template} with {@code values} (JSON-shaped: maps, lists, strings, numbers, booleans) and, over
     * them, the fields of {@code data}. A template that fails to render is refused the same way as in {@link #check}.
     */
    RenderedEmail render(TemplateSource template, Map<String, Object> values, CustomFields data);
}
