package io.netreport.site;

import io.netreport.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Fills the Thymeleaf templates of a folder, read at run time so users can restyle the report
 * without recompiling. One engine per build, a fresh context per page.
 */
final class PageRenderer {

    private final TemplateEngine engine = new TemplateEngine();
    private final Path templates;

    PageRenderer(Path templates) {
        this.templates = templates;
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(templates.toAbsolutePath() + "/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new MessageResolver());
    }

    /**
     * Parses the shared layout and readies the engine by rendering the 404 page into nothing, so
     * that the first real page does not pay for it. Meant to run while the data loads.
     */
    void warmUp() {
        Views.Footer footer = new Views.Footer("", "", "", "", "");
        Context context = new Context(Locale.ROOT, Map.of("page", new Views.Page("", "", "", "en", "ltr", footer),
                MessageResolver.VARIABLE, Messages.load(templates, "en")));
        engine.process("404", context, Writer.nullWriter());
    }

    /** Renders one page; safe to call from several threads at once. */
    void render(String template, Map<String, Object> variables, Path file) {
        Path source = templates.resolve(template + ".html");
        if (!Files.isRegularFile(source)) {
            throw new InputException(source + ": template not found; the templates folder needs " + template + ".html");
        }
        Context context = new Context(Locale.ROOT, variables);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            engine.process(template, context, out);
        } catch (TemplateProcessingException e) {
            throw new InputException(source + ": template error: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
