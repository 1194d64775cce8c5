package com.axolop.crm.adapter.mail;

import com.axolop.crm.application.email.EmailTemplates;
import com.axolop.crm.application.email.RenderedEmail;
import com.axolop.crm.application.email.TemplateSource;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.shared.CustomFields;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import freemarker.cache.ClassTemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * FreeMarker templates. The HTML is auto-escaped (HTML output format); the subject is plain text. Sandboxed: only
 * maps, lists and plain values reach a template (no Java objects to call), {@code ?new} resolves no class,
 * {@code ?api} is off, and the only templates it can load are the base ones on the classpath, never a file.
 */
public final class FreemarkerTemplates implements EmailTemplates {
    // Refused on save as well as failing at run time: a template that tries them is not one we keep.
    private static final Pattern FORBIDDEN = Pattern.compile("\\?\\s*(new|api|eval|interpret)\\b");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Configuration config;
    private final Map<String, Template> baseSubjects = new HashMap<>();

    public FreemarkerTemplates() {
        config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(new ClassTemplateLoader(FreemarkerTemplates.class, "/email-templates/"));
        config.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setDefaultEncoding("UTF-8");
        config.setLocale(Locale.US);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        // Templates named *.ftlh are HTML and auto-escaped; the rest (subjects) plain text.
        config.setRecognizeStandardFileExtensions(true);
        config.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        TemplateHelpers.all().forEach(config::setSharedVariable);
        var subjects = new Properties();
        try (var in = FreemarkerTemplates.class.getResourceAsStream("/email-templates/subjects.properties")) {
            subjects.load(in);
            for (String name : BASE) {
                baseSubjects.put(name, subjectTemplate(name, subjects.getProperty(name)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The base email templates are missing", e);
        }
    }

    @Override
    public void check(TemplateSource.Custom template) {
        compile(template);
    }

    @Override
    public RenderedEmail render(TemplateSource source, Map<String, Object> values, CustomFields data) {
        Map<String, Object> model = new LinkedHashMap<>(values);
        model.putAll(fields(data));
        Templates compiled = switch (source) {
            case TemplateSource.Base base -> base(base.name());
            case TemplateSource.Custom custom -> compile(custom);
        };
        String subject = process(compiled.subject(), model, "subject").replaceAll("[\\r\\n]+", " ").strip();
        String html = process(compiled.html(), model, "html");
        return new RenderedEmail(subject, html, HtmlText.of(html));
    }

    private record Templates(Template subject, Template html) {
    }

    private Templates base(String name) {
        if (!BASE.contains(name)) {
            throw new InvalidFieldException("template", "must be one of " + String.join(", ", BASE.stream().sorted()
                    .toList()) + " or a custom template's id");
        }
        try {
            return new Templates(baseSubjects.get(name), config.getTemplate(name + ".ftlh"));
        } catch (IOException e) {
            throw new UncheckedIOException("The base email template " + name + " is missing", e);
        }
    }

    private Templates compile(TemplateSource.Custom custom) {
        refuseForbidden("subject", custom.subject());
        refuseForbidden("html", custom.html());
        Template subject = parse("subject", () -> subjectTemplate(custom.name(), custom.subject()));
        Template html = parse("html", () -> new Template(custom.name() + ".ftlh", new StringReader(custom.html()), config));
        return new Templates(subject, html);
    }

    /** A subject is plain text: the name's extension keeps it out of the HTML format (and its escaping). */
    private Template subjectTemplate(String name, String source) throws IOException {
        return new Template(name + ".subject.txt", new StringReader(source), config);
    }

    private interface Parse {
        Template run() throws IOException;
    }

    private static Template parse(String field, Parse parse) {
        try {
            return parse.run();
        } catch (ParseException e) {
            throw new InvalidFieldException(field, "has a syntax error at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getEditorMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void refuseForbidden(String field, String source) {
        var match = FORBIDDEN.matcher(source);
        if (match.find()) {
            throw new InvalidFieldException(field, "uses ?" + match.group(1) + ", which templates may not (no access"
                    + " to Java classes or files)");
        }
    }

    private static String process(Template template, Map<String, Object> model, String field) {
        var out = new StringWriter();
        try {
            template.process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            String where = e.getLineNumber() == null ? "" : " at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber();
            throw new InvalidFieldException(field, "could not be rendered" + where + ": " + e.getMessageWithoutStackTop()
                    .lines().findFirst().orElse("").strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> fields(CustomFields data) {
        try {
            return JSON.readValue(data.json(), new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("template data is not a JSON object", e);
        }
    }
}
