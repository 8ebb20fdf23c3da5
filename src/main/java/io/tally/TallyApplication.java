package io.tally;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** The Spring application: one module per business capability below this package. */
@SpringBootApplication
@Modulithic(systemName = "Tally")
public class TallyApplication {}
