package org.okrsite.cli;

/** Entry point of {@code java -jar okrsite.jar}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(0);
  }
}
