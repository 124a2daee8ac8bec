package a;
/** A. */
public class A {}
