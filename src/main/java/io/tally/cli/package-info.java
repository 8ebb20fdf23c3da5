/** The command line: thin picocli commands over the modules, in the same jar as the server. */
@NullMarked
package io.tally.cli;

import org.jspecify.annotations.NullMarked;
