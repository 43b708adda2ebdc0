package io.github.retire.maven.extension;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import javax.inject.Named;
import javax.inject.Singleton;

import org.apache.maven.AbstractMavenLifecycleParticipant;
import org.apache.maven.MavenExecutionException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core extension ({@code .mvn/extensions.xml}): once Maven has read the reactor's POMs and before
 * any plugin is resolved, it puts retire-provider into every maven-surefire-plugin and
 * maven-failsafe-plugin of every module ({@link Adoption}). A lifecycle participant rather than an
 * EventSpy: it is the documented hook for changing the projects before the build plans them.
 */
@Named("retire")
@Singleton
public class RetireExtension extends AbstractMavenLifecycleParticipant {
    private static final Logger LOG = LoggerFactory.getLogger(RetireExtension.class);
    private static final String VERSION = "META-INF/retire/retire.properties";

    @Override
    public void afterProjectsRead(MavenSession session) throws MavenExecutionException {
        Adoption adoption = new Adoption(providerVersion());
        Properties user = session.getUserProperties();
        Properties system = session.getSystemProperties();
        if ("false".equalsIgnoreCase(user.getProperty(Adoption.ENABLED, "").trim())) {
            LOG.info("[retire] -D" + Adoption.ENABLED + "=false: retire is off for the whole build");
        }
        for (MavenProject project : session.getProjects()) {
            String module = project.getArtifactId();
            boolean enabled;
            try {
                enabled = Adoption.enabled(module, user::getProperty, project.getProperties()::getProperty,
                        system::getProperty);
            } catch (IllegalArgumentException e) {
                throw new MavenExecutionException(e.getMessage(), project.getFile());
            }
            Adoption.Outcome outcome = adoption.apply(module, enabled, project.getBuild().getPlugins());
            String probeReports = user.getProperty(ProbeReports.PROPERTY);
            if (probeReports != null && !probeReports.trim().isEmpty()) {
                ProbeReports.apply(probeReports.trim(), project.getBuild().getPlugins());
            }
            outcome.warnings.forEach(LOG::warn);
            outcome.info.forEach(LOG::info);
            if (!enabled && user.getProperty(Adoption.ENABLED) == null && hasSurefire(project)) {
                LOG.info("[retire] " + module + " runs stock Surefire (" + Adoption.ENABLED + "=false)");
            }
        }
    }

    private static boolean hasSurefire(MavenProject project) {
        return project.getBuild().getPlugins().stream().anyMatch(p -> Adoption.isSurefire(p.getArtifactId()));
    }

    private String providerVersion() throws MavenExecutionException {
        Properties properties = new Properties();
        try (InputStream in = RetireExtension.class.getClassLoader().getResourceAsStream(VERSION)) {
            if (in == null) {
                throw new IOException("missing " + VERSION);
            }
            properties.load(in);
        } catch (IOException e) {
            throw new MavenExecutionException("[retire] the retire-maven-plugin jar is damaged: " + e.getMessage(), e);
        }
        return properties.getProperty("version");
    }
}
