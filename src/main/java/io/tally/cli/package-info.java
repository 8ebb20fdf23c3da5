/** The command line: thin picocli commands over the modules, in the same jar as the server. */
package io.tally.cli;
