package io.github.retire.wire;

import java.io.File;

import org.apache.maven.plugin.surefire.log.api.ConsoleLogger;
import org.apache.maven.surefire.api.fork.ForkNodeArguments;

/**
 * What surefire-api's decoder wants to know of its surroundings. Our connections carry only frames,
 * so anything the decoder would "dump" is a protocol fault and goes to the given logger.
 */
public final class ChannelArguments implements ForkNodeArguments {
    private final String description;
    private final ConsoleLogger logger;
    private final Object lock = new Object();

    public ChannelArguments(String description, ConsoleLogger logger) {
        this.description = description;
        this.logger = logger;
    }

    @Override
    public String getSessionId() {
        return description;
    }

    @Override
    public int getForkChannelId() {
        return 0;
    }

    @Override
    public File dumpStreamText(String text) {
        logger.warning("[retire] unexpected bytes on " + description + ": " + text);
        return new File(description);
    }

    @Override
    public File dumpStreamException(Throwable t) {
        logger.warning("[retire] error decoding " + description + ": " + t);
        return new File(description);
    }

    @Override
    public void logWarningAtEnd(String text) {
        logger.warning(text);
    }

    @Override
    public ConsoleLogger getConsoleLogger() {
        return logger;
    }

    @Override
    public Object getConsoleLock() {
        return lock;
    }

    @Override
    public File getEventStreamBinaryFile() {
        return null;
    }

    @Override
    public File getCommandStreamBinaryFile() {
        return null;
    }
}
