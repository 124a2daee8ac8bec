package com.acme.core;

/** The replicated state machine (was RaftCore). */
public final class RaftStateMachine {}
