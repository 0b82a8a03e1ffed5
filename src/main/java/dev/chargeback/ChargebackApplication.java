package dev.chargeback;

import dev.chargeback.database.DatabaseTarget;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The Spring context of one command: the database, Flyway, Spring Batch and every feature's configuration. */
@SpringBootApplication
public class ChargebackApplication {

    public static ConfigurableApplicationContext start(DatabaseTarget database) {
        return new SpringApplicationBuilder(ChargebackApplication.class).web(WebApplicationType.NONE)
                .logStartupInfo(false).properties(database.properties()).run();
    }
}
