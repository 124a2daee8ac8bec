package dev.archdoc.doclet.model;

/** How one type uses another; the first group comes from declarations, the second from bodies. */
public enum DependencyKind {
  // from declarations
  EXTENDS,
  IMPLEMENTS,
  PERMITS,
  ANNOTATION,
  TYPE_PARAMETER_BOUND,
  TYPE_ARGUMENT,
  FIELD_TYPE,
  RECORD_COMPONENT,
  RETURN_TYPE,
  PARAMETER_TYPE,
  THROWS,
  // from bodies and initializers
  LOCAL_VARIABLE,
  INSTANTIATION,
  METHOD_CALL,
  FIELD_ACCESS,
  STATIC_REFERENCE,
  METHOD_REFERENCE,
  LAMBDA_PARAMETER,
  CAST,
  INSTANCEOF,
  CATCH
}
