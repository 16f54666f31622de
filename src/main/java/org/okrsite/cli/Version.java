package org.okrsite.cli;

import picocli.CommandLine;

/** The version from the jar's manifest (or "dev" when run from classes). */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"okrsite " + (v == null ? "dev" : v)};
  }
}
