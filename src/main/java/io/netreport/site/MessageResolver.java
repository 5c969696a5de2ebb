package io.netreport.site;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/**
 * Lets templates write {@code #{key}} and {@code #{key(arg)}}: looks the key up in the
 * {@link Messages} of the page being rendered (its {@code messages} variable), so one template
 * engine serves every language.
 */
final class MessageResolver implements IMessageResolver {

    static final String VARIABLE = "messages";

    @Override
    public String getName() {
        return "netreport-messages";
    }

    @Override
    public Integer getOrder() {
        return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        Messages messages = (Messages) context.getVariable(VARIABLE);
        return messages == null ? null : messages.get(key, parameters == null ? new Object[0] : parameters);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        return "??" + key + "??";
    }
}
