/*
 * jlivepatch's transition protocol, as a Promela model checked with Spin (issue 15).
 *
 * The actors are the agent's: application threads that call a pair of changed methods, OUTER
 * and INNER (OUTER calls INNER), through trampolines; the transition driver (under the patch
 * lock); an operator that sends operations at any moment; the reclaimer. model/README.md maps
 * each labelled step to the Java method that implements it, and says what is abstracted.
 *
 * Patches: P redirects OUTER and INNER (o2, i2); Q redirects INNER only (i3), stacked on P.
 * A version is the patch whose code a call runs: 0 is the original body.
 *
 * Each fix of the safety issue (issue 10) is a macro, 1 by default. Set one to 0
 * (spin -DFIX_KEEP_LOWER=0 ...) and the check finds the counterexample it fixed:
 *   FIX_KEEP_LOWER  a disable leaves below-top entries on their stacks until its completion
 *   FIX_LINK        a late-loaded target links without the patch lock (binds the published shape)
 *   FIX_LOAD_STEP   a load validates each of its enables under the lock (no transition in flight)
 *   FIX_GRACE       a transition completes only after a grace period that succeeds: one that
 *                   gives up (its timeout) leaves the transition in flight, retried, and nothing
 *                   is reclaimed, published stable or answered before one succeeds
 *   FIX_ERROR_EXIT  an error thrown between entering and leaving a read section closes it
 *   FIX_CONFIRM     the trampoline confirms that the entry it read after route is of the
 *                   request route chose by, or chooses again (Dispatcher.confirm; found here)
 *   FIX_ROLLBACK    a load that fails takes back what it enabled and forgets what is off
 *                   (PatchManager.rollBack; not a fix of the safety issue: its check)
 *
 * Not a fix: EARLY_DRAIN (issue 14, 1 by default) lets the completing grace period skip a
 * section whose thread published that it latched the completing transition's target in its
 * final generation (EpochDomain.synchronizeExcept, ThreadRecord.latch). Epoch.exit clears the
 * key, the trampoline's last-resort exit does not, so the grace period may see an earlier
 * section's: explored. One of an earlier request or generation never matches the key; the model
 * forgets it at initWord and reverse. A wrong drain, with its counterexample in check.sh:
 * EARLY_DRAIN=2 skips every section (no key at all). Why the key needs the generation is not
 * shown here: that takes a stale key left by an error, a reversal and a key stored after the
 * barrier, finer than this model's one bit per thread (TransitionTest tests the key's content).
 */

#ifndef FIX_KEEP_LOWER
#define FIX_KEEP_LOWER 1
#endif
#ifndef FIX_LINK
#define FIX_LINK 1
#endif
#ifndef FIX_LOAD_STEP
#define FIX_LOAD_STEP 1
#endif
#ifndef FIX_GRACE
#define FIX_GRACE 1
#endif
#ifndef FIX_ERROR_EXIT
#define FIX_ERROR_EXIT 1
#endif
#ifndef FIX_CONFIRM
#define FIX_CONFIRM 1
#endif
#ifndef EARLY_DRAIN
#define EARLY_DRAIN 1
#endif
#ifndef FIX_ROLLBACK
#define FIX_ROLLBACK 1
#endif
/* Not a fix: the thread's own switch at its outermost exit, which liveness needs (a thread that
 * is inside OUTER at every round otherwise holds the transition for ever); LIVENESS with
 * SELF_SWITCH=0 is the liveness check's counterexample. */
#ifndef SELF_SWITCH
#define SELF_SWITCH 1
#endif

/* Bounds: see model/README.md. */
#ifndef NT
#define NT 2            /* application threads */
#endif
#ifndef CALLS
#define CALLS 2         /* calls of OUTER by the first thread (LOOP: for ever) */
#endif
#ifndef CALLS1
#define CALLS1 1        /* calls of OUTER by the second thread */
#endif
#ifndef ROUNDS
#define ROUNDS 2        /* rounds a transition may stall before it is backed out */
#endif

/* The scenario: what holds at the start and what the operator does; see init and Operator. */
#ifndef SCENARIO
#define SCENARIO 1
#endif
#if SCENARIO == 4 || SCENARIO == 5
#define ERRORS          /* a thread may throw once, at any step of a call (see Thread) */
#endif

#define OUTER 0
#define INNER 1
#define P 1
#define Q 2
#define UNPATCHED 0
#define PATCHED 1
#define BELOW 0
#define TOP 1
#define CUR 1           /* an announcement in the current epoch */
#define OLD 2           /* ... in an older one: the grace period waits for it */
#define DEAD 7          /* a released transition entry: running it is a bug */

#define IDLE 0
#define STABLE 1
#define TRANS 2

/* ---- what the core publishes per method (MethodSlot; one atomic publication each) ---- */
byte stk[4];            /* method m's stack: stk[2m] bottom, stk[2m+1] top; 0 empty */
byte sz[2];
bool intr[2];           /* top in transition */
bool treqCur[2];        /* the request in flight (or last completed) put m in transition */
byte tver[2];           /* which request that was (MethodSlot.transitionRequest) */
bit settled[2];         /* what every thread runs once that transition completed */
byte tsTop[2];          /* transition call sites: the top entry and the one below it */
byte tsBelow[2];
bool bound[2];          /* the slot is linked (its class loaded and first called) */

/* ---- the transition word (Dispatcher.word) ---- */
bit wtgt;
bit wbase;
bool wall;              /* ALL_SWITCHED */

/* ---- per-thread records (ThreadRecord) and frames ---- */
bool pstCur[NT];        /* the thread's patch state word is of the current request */
bit pst[NT];
bool latCur[NT];        /* its section latched its state in the current request */
bit lat[NT];
bool pubTgt[NT];        /* what it last published having latched (ThreadRecord.latch) is the target of
                           the current request and generation: the key a completion skips */
byte depth[NT];
byte ann[NT];           /* announcement: 0 idle, CUR this epoch, OLD an older one */
bool chk[NT];           /* asked to check itself at its outermost exit */
byte rr[NT];            /* the slot request route chose this call's entry by (ThreadRecord.routedRequest) */
bool fo[NT];            /* a frame of OUTER is on the thread's stack */
bool fin[NT];
bool errs[NT];          /* the thread has thrown its one error */
byte running;           /* application threads still running */


/* ---- patches (core.Patch) ---- */
bool loaded[3];
bool on[3];
bool loading[3];        /* a load is enabling it: other operations keep off */
bool forced[3];         /* pinned: a forced transition's patch is never unloaded */
bool pu[3];             /* its post-unpatch callbacks ran (its shadow data is freed) */
bool freed[3];          /* unloaded: its code is gone */

/* ---- the driver (TransitionDriver), under the patch lock ---- */
bool lock;
bool selfCheck;         /* Dispatcher.selfCheck: set by startTransition, cleared by finish */
bool gpLock;            /* EpochDomain.synchronize is synchronized: grace periods never overlap */
byte tgen;              /* which transition: initWord counts them */
bool completing;        /* the completing grace period gave up: it waits for one that succeeds */
bool tforced;           /* the transition in flight was forced (Transition.forced) */
bool exempt[NT];        /* the thread's call was under way when a force completed: unchecked */
byte tpatch;            /* the patch in transition; 0 none */
bool chg[2];            /* the transition's changing methods */
byte rounds;
bool reversed;
byte snap[4];           /* the stacks before the request: a reversal must restore them */
byte snapsz[2];
byte pend[3];           /* per patch: requests asked and not answered yet */
byte opsRunning;        /* operator processes still sending operations */
#define opsDone (opsRunning == 0)

inline acquire() { atomic { !lock -> lock = 1 } }
inline release() { lock = 0 }

#define top(m) (stk[2*(m) + sz[m] - 1])

/* P redirects both methods, Q only INNER. */
#define covers(p, m) ((p) == P || (m) == INNER)

/* ---------------------------------------------------------------- the core's publications */

/* MethodSlot.publish of a method going in transition: stack, mark and the two transition sites
 * in one step (the slot's monitor; entries before the mode with a release fence, which jcstress
 * checks), pushing p first when the transition patches. */
inline publishTransition(m, p, doPush) {
	d_step {
		if :: doPush -> stk[2*m + sz[m]] = p; sz[m]++ :: else -> skip fi;
		intr[m] = 1; treqCur[m] = 1; tver[m] = tgen;
		tsTop[m] = stk[2*m + sz[m] - 1];
		tsBelow[m] = (sz[m] > 1 -> stk[2*m] : 0);
		chg[m] = 1
	}
}

/* FuncStack.remove: takes p off m's stack wherever it is. */
inline removeFrom(m, p) {
	if
	:: sz[m] == 2 && stk[2*m + 1] == p -> stk[2*m + 1] = 0; sz[m] = 1
	:: sz[m] == 2 && stk[2*m] == p -> stk[2*m] = stk[2*m + 1]; stk[2*m + 1] = 0; sz[m] = 1
	:: sz[m] == 1 && stk[2*m] == p -> stk[2*m] = 0; sz[m] = 0
	:: else -> skip
	fi
}

/* Transition.initTransition: a new request, every thread in the state opposite the target; and
 * the stacks as they are before it, which a reversal must restore. */
inline initWord(p, target) {
	d_step {
		wtgt = target; wbase = 1 - target; wall = 0; tgen++;
		pubTgt[0] = 0; pubTgt[1] = 0;
		treqCur[0] = 0; treqCur[1] = 0; pstCur[0] = 0; pstCur[1] = 0; latCur[0] = 0; latCur[1] = 0;
		snap[0] = stk[0]; snap[1] = stk[1]; snap[2] = stk[2]; snap[3] = stk[3];
		snapsz[0] = sz[0]; snapsz[1] = sz[1];
		rounds = 0; reversed = 0; tpatch = p; pend[p]++
	}
}

/* Dispatcher.stateOf: a thread with no state for this request is in its baseline. */
#define stateOf(i) (pstCur[i] -> pst[i] : wbase)

/* Transition.startTransition: every thread not at the target checks itself at its next exit. */
inline startTransition() {
	d_step { selfCheck = 1; chk[0] = (stateOf(0) != wtgt); chk[1] = (stateOf(1) != wtgt) }
}

/* TransitionDriver.enableLocked: initLocked pushes p on each of its methods in transition,
 * then startLocked. */
inline enableStart(p) {
	initWord(p, PATCHED);
	if :: covers(p, OUTER) -> publishTransition(OUTER, p, 1) :: else -> skip fi;
	publishTransition(INNER, p, 1);
	d_step { on[p] = 1; pu[p] = 0 };
	startTransition()
}

/* TransitionDriver.disableLocked: only the methods where p is on top go in transition; an entry
 * of p below the top stays until the completion (FIX_KEEP_LOWER). */
inline disableMethod(m, p) {
	if
	:: sz[m] > 0 && top(m) == p -> publishTransition(m, p, 0)
	:: else ->
#if FIX_KEEP_LOWER
		skip
#else
		d_step { removeFrom(m, p) }           /* the old code took p off its lower entries at once */
#endif
	fi
}

inline disableStart(p) {
	initWord(p, UNPATCHED);
	if :: covers(p, OUTER) -> disableMethod(OUTER, p) :: else -> skip fi;
	disableMethod(INNER, p);
	on[p] = 0;
	startTransition()
}

/* A completing grace period's skip (EARLY_DRAIN): j published the latch key of transition kr's
 * target (its request and generation, which a completing transition keeps: it is never
 * reversed), and kr is still the transition in flight (a force may have ended it, and a later
 * one never matches an older key). kr = 0: a grace period that waits for every section. */
#if EARLY_DRAIN == 2
#define drained(j, kr) (kr == tgen && tpatch != 0)
#else
#define drained(j, kr) (EARLY_DRAIN && kr == tgen && tpatch != 0 && pubTgt[j])
#endif
#define FORGET_KEYS pubTgt[0] = 0; pubTgt[1] = 0

/* TransitionDriver.reverseLocked / Transition.reverseTransition: same request, target turned. */
inline reverse() {
	/* A new generation: what threads published before is of an older one. */
	d_step { wtgt = 1 - wtgt; reversed = !reversed; rounds = 0; on[tpatch] = (wtgt == PATCHED);
	         FORGET_KEYS };
	startTransition()
}

/* EpochDomain.synchronize: advance the epoch (every open section is now in an older one), then
 * wait for each section announced in an older epoch. It may give up on a section still open (its
 * timeout, grace-period-timeout): ok = 0; NO_GP_TIMEOUT assumes every section ends before. Grace periods never overlap (synchronize is
 * synchronized, and both callers hold the patch lock). */
inline waitFor(j, ok, kr) {
	if
	:: ann[j] != OLD || drained(j, kr) -> skip
#ifndef NO_GP_TIMEOUT
	:: ann[j] == OLD && !drained(j, kr) -> ok = 0
#endif
	fi
}

inline gracePeriod(ok, kr) {
	d_step { !gpLock -> gpLock = 1; ann[0] = (ann[0] != 0 -> OLD : 0); ann[1] = (ann[1] != 0 -> OLD : 0); ok = 1 };
	waitFor(0, ok, kr);
	waitFor(1, ok, kr);
	gpLock = 0
}

/* MethodSlot.releaseDeadEntry after a grace period that followed the completion of the request
 * that last put m in transition (r: m's entry is of that request). */
inline releaseDeadOf(m, r) {
	if
	:: r && !intr[m] -> if :: settled[m] == TOP -> tsBelow[m] = DEAD :: else -> tsTop[m] = DEAD fi
	:: else -> skip
	fi
}

inline releaseDead(ro, ri) {
	releaseDeadOf(OUTER, ro); releaseDeadOf(INNER, ri)
}

/* TransitionDriver.completeLocked, for method m: stable again, with p off its stack when
 * unpatching (a changing method's entry, then its entries below the top). */
inline settle(m) {
	d_step {
		if
		:: chg[m] ->
			if :: wtgt == UNPATCHED -> removeFrom(m, tpatch) :: else -> skip fi;
			intr[m] = 0; settled[m] = (wtgt == PATCHED -> TOP : BELOW); chg[m] = 0
		:: else -> skip
		fi
	};
	d_step {
		if :: wtgt == UNPATCHED && covers(tpatch, m) -> removeFrom(m, tpatch) :: else -> skip fi
	}
}

/* TransitionDriver.finishCompletionLocked: the methods stable again, the post callbacks, the
 * answers; after a grace period that succeeded, or forced (or, FIX_GRACE=0, after one that gave up). */
inline finish() {
	settle(OUTER);
	settle(INNER);
	/* After a reversal every method's stack is as before the request. */
	assert(!reversed || stk[0] == snap[0] && stk[1] == snap[1] && stk[2] == snap[2] && stk[3] == snap[3]
	                    && sz[0] == snapsz[0] && sz[1] == snapsz[1]);
	d_step {
		/* A forced one releases nothing, and the calls under way may run anything: unchecked. */
		if :: !tforced -> releaseDead(treqCur[OUTER], treqCur[INNER]) :: else -> exempt[0] = (fo[0] || fin[0]); exempt[1] = (fo[1] || fin[1]) fi;
		if :: wtgt == UNPATCHED -> pu[tpatch] = 1 :: else -> skip fi;   /* post-unpatch callbacks */
		/* answerLocked: every request of the transition is answered; Transition.finish */
		selfCheck = 0; pend[tpatch] = 0; tpatch = 0; synced = 0; tforced = 0; completing = 0;
		snap[0] = 0; snap[1] = 0; snap[2] = 0; snap[3] = 0; snapsz[0] = 0; snapsz[1] = 0;
		rounds = 0; reversed = 0
	}
}

/* TransitionDriver.completeLocked: ALL_SWITCHED, then the completing grace period. One that
 * gives up leaves the transition in flight, completing (waitForReaderLocked): the Driver's
 * worker retries the grace period without the lock (FIX_GRACE). */
inline complete() {
	wall = 1;                                   /* Transition.markAllSwitched */
	if
	:: tforced -> finish()                      /* a forced transition waits for nothing */
	:: else ->
		gracePeriod(synced, tgen);
		if
#if FIX_GRACE
		:: !synced -> completing = 1; synced = 0
#endif
		:: else -> finish()
		fi
	fi
}

/* One round of Transition.tryCompleteTransition: one snapshot of every stack (a safepoint),
 * then each thread whose snapshot holds no changing method is switched by a compare-and-set of
 * its state word, and the others are asked to check themselves. */
inline round() {
	d_step {
		held[0] = (fo[0] && chg[OUTER]) || (fin[0] && chg[INNER]);
		held[1] = (fo[1] && chg[OUTER]) || (fin[1] && chg[INNER])
	};
	d_step {
		all = 1;
		if :: stateOf(0) == wtgt -> skip :: held[0] -> all = 0; chk[0] = 1 :: else -> pstCur[0] = 1; pst[0] = wtgt fi;
		if :: stateOf(1) == wtgt -> skip :: held[1] -> all = 0; chk[1] = 1 :: else -> pstCur[1] = 1; pst[1] = wtgt fi;
		held[0] = 0; held[1] = 0
	};
	if
	:: all -> all = 0; complete()
	:: else ->
		if :: rounds < ROUNDS -> rounds++ :: else -> skip fi;
		if
		:: rounds >= ROUNDS && !reversed -> reverse()   /* transition-timeout: backed out */
		:: else -> skip
		fi
	fi
}

/* ---------------------------------------------------------------- the threads' side */

/* What running version v of a method means: its code, and what it uses, must be there. */
#define live(i, v) (exempt[i] || v != DEAD && (v == 0 || !freed[v] && (!pu[v] || on[v] || tpatch == v)))

/* DESIGN 6: for P's two methods, both old or both new; Q only puts i3 above either. */
#define consistent(i, vo, vi) (exempt[i] || vo == P && (vi == P || vi == Q) || vo == 0 && (vi == 0 || vi == Q))

/* Dispatcher.route (and reroute): the entry to run, TOP or BELOW, by the latched state; c. */
inline route(i, m, c) {
	if
	:: !latCur[i] ->
		/* The key published with the latch (ThreadRecord.setLatchOpaque): one seen late only
		 * makes a grace period wait, which the step before it already explores. */
		d_step { lat[i] = (wall -> wtgt : stateOf(i)); latCur[i] = 1; pubTgt[i] = (lat[i] == wtgt) }
	:: else -> skip
	fi;
	if
	:: !treqCur[m] -> c = settled[m]
	:: else -> c = lat[i]
	fi;
	rr[i] = tver[m]
}

/* The entry call site the trampoline reads after route, then Dispatcher.confirm: the slot's
 * request is still the one route chose by (FIX_CONFIRM), else choose again. */
inline readEntry(i, m, c, v) {
	do
	:: atomic {
		v = (c == TOP -> tsTop[m] : tsBelow[m]);
		if
#if FIX_CONFIRM
		:: tver[m] != rr[i] -> route(i, m, c)
#endif
		:: else -> assert(live(i, v)); rr[i] = 0; c = 0; break
		fi
	   }
	od
}

/* Epoch.exit (one level), with the frame f popped; then, at the outermost exit,
 * Dispatcher.switchSelf: StackCheck.mayLeave finds no frame of a changing method below.
 * ERRORS: exit may throw before its commit (a stack overflow at its entry): the trampoline's
 * last-resort exit makes the same stores, calls nothing (no self-switch) and the call throws
 * (e = 1); or switchSelf throws, which exit catches: the thread is not switched. */
inline selfSwitch(i) {
	atomic {
		if
		:: depth[i] == 0 && chk[i] ->
			chk[i] = 0;
			if
			:: SELF_SWITCH && selfCheck && !wall && stateOf(i) != wtgt && !(fo[i] && chg[OUTER]) -> pstCur[i] = 1; pst[i] = wtgt
			:: else -> skip
			fi
		:: else -> skip
		fi
	}
}

/* Epoch.exit's commit: one level of the section closed, with the frame f popped; the outermost
 * also clears the latch key when k (Epoch.exit does, the trampoline's last-resort exit does
 * not: a stale key is explored). */
inline commit(i, f, k) {
	f = 0;
	if
	:: depth[i] > 1 -> depth[i]--
	:: depth[i] == 1 -> depth[i] = 0; ann[i] = 0; if :: k -> pubTgt[i] = 0 :: else -> skip fi
	fi
}

inline leave(i, f, e) {
#ifdef ERRORS
	if
	:: atomic { commit(i, f, 1) }; selfSwitch(i)
	:: atomic { !errs[i] -> commit(i, f, 0); errs[i] = 1; e = 1 }      /* the last-resort exit; the call throws */
	:: atomic { !errs[i] && depth[i] == 1 && chk[i] -> commit(i, f, 1); errs[i] = 1 }   /* switchSelf threw: not switched */
	fi
#else
	atomic { commit(i, f, 1) };
	selfSwitch(i)
#endif
}

/* The trampoline of method m, up to its call, with m's frame f pushed: the version it runs in v,
 * whether it entered a read section in s, whether it threw in e. */
inline trampoline(i, m, f, v, s, e) {
	if
	:: !bound[m] ->
#if FIX_LINK
		if
		:: atomic { f = 1; bound[m] = 1 }       /* MethodSlot.install: the shape last published */
#ifdef ERRORS
		/* An error in the first link (a stack overflow in Trampolines.bootstrap, which catches
		 * what the linker throws): before the slot bound or after; the call throws, no section. */
		:: atomic { f = 1; !errs[i] -> errs[i] = 1; e = 1; if :: bound[m] = 1 :: skip fi }
#endif
		fi
#else
		if
		:: atomic { f = 1; !lock -> bound[m] = 1 }   /* linked through the core, under its lock */
		:: atomic { f = 1; lock -> e = 2 }           /* gave up after 1 s: the idle site */
		fi
#endif
	:: else -> skip
	fi;
	if
	:: e == 2 -> atomic { e = 0; v = 0; mode = IDLE }   /* the original body */
	:: e == 1 -> skip                                   /* threw while linking */
	:: else ->
		atomic {
			f = 1;
			/* A call that begins while a force completes may run anything: unchecked. */
			if :: tforced -> exempt[i] = 1 :: else -> skip fi;
			if
			:: sz[m] == 0 -> mode = IDLE; v = 0
			:: sz[m] > 0 && intr[m] -> mode = TRANS
			:: sz[m] > 0 && !intr[m] -> mode = STABLE; v = top(m); assert(live(i, v))
			fi
		};
		if
		:: mode == TRANS ->
			atomic {                            /* Epoch.enter */
				if :: depth[i] == 0 -> latCur[i] = 0; ann[i] = CUR :: else -> skip fi;
				depth[i]++; s = 1
			};
			if
#ifdef ERRORS
			:: atomic { !errs[i] -> errs[i] = 1; e = 1 }   /* StackOverflowError in route */
#endif
			:: atomic { route(i, m, c) };
				if
				:: readEntry(i, m, c, v)
#ifdef ERRORS
				/* An error after route latched the state: in the entry's link or call site, or
				 * in confirm; the routed request is written again by the next route. */
				:: atomic { !errs[i] -> errs[i] = 1; e = 1; rr[i] = 0; c = 0 }
#endif
				fi
			fi
		:: else -> skip
		fi
	fi
}

/* A call that threw: its frame goes, and its section is closed on every path (FIX_ERROR_EXIT). */
inline unwind(i, s, f) {
	if
	:: s ->
#if FIX_ERROR_EXIT
		leave(i, f, e)
#else
		f = 0                                   /* the old code left the section open */
#endif
	:: else -> f = 0
	fi
}

/* ERRORS: the body the trampoline called (the replacement or the original) throws. */
#ifdef ERRORS
#define BODY_THROWS(i, e) if :: atomic { e == 0 && !errs[i] -> errs[i] = 1; e = 1 } :: skip fi;
#else
#define BODY_THROWS(i, e)
#endif

proctype Thread(byte i) {
	byte vo, vi, mode, c, e;      /* e: 1 the call threw, 2 (FIX_LINK=0) it gave up linking */
	bool so, si;
	byte n = 0;
	do
	:: n < (i == 0 -> CALLS : CALLS1) ->
		trampoline(i, OUTER, fo[i], vo, so, e);
		BODY_THROWS(i, e)
		if
		:: e -> unwind(i, so, fo[i])
		:: else ->
			/* o1 and o2 both call INNER */
			trampoline(i, INNER, fin[i], vi, si, e);
			/* The version INNER runs is chosen once its trampoline returns. */
			assert(e || consistent(i, vo, vi));
			BODY_THROWS(i, e)
			if
			:: e -> unwind(i, si, fin[i]); unwind(i, so, fo[i])
			:: else ->
				if :: si -> leave(i, fin[i], e) :: else -> fin[i] = 0 fi;
				if
				:: e -> unwind(i, so, fo[i])    /* INNER's exit threw */
				:: else -> if :: so -> leave(i, fo[i], e) :: else -> fo[i] = 0 fi
				fi
			fi
		fi;
		atomic {
			vo = 0; vi = 0; so = 0; si = 0; e = 0; mode = 0; exempt[i] = 0;
#ifdef LOOP
			/* LOOP: the first thread calls for ever, the second makes CALLS1 calls */
			if :: i != 0 -> n++ :: else -> skip fi
#else
			n++
#endif
		}
	:: else -> break
	od;
	/* Every section this thread entered is closed. */
	assert(depth[i] == 0 && ann[i] == 0);
	running--
}

/* ---------------------------------------------------------------- the driver and the operator */

byte j, m;                      /* the lock holder's loop counters */
bool held[NT];
byte idle;              /* driver steps after the threads and operators are done */
bool all, synced;

/* Once the threads and the operators are done, nothing holds a transition: the driver's next
 * round or grace period completes it. A transition that never completes fails here. */
inline settling() {
	if
	:: opsDone && running == 0 -> idle++; assert(idle <= 3)
	:: else -> skip
	fi
}

/* The transition worker: a round now and then while a transition is in flight. */
proctype Driver() {
	byte g;
	bool ok;
	do
	:: atomic { !lock && tpatch != 0 && !completing -> lock = 1; settling() };
		if :: tpatch != 0 && !completing -> round() :: else -> skip fi;
		release()
	:: atomic { tpatch != 0 && completing -> g = tgen; settling() };
		/* scheduleRetryLocked's task for a completing transition: its grace period without the
		 * lock (skipping the key completeLocked took), then, under it, the finish if it
		 * succeeded and nothing (a force) ended it. */
		gracePeriod(ok, g);
		acquire();
		if :: tpatch != 0 && completing && tgen == g && ok -> finish() :: else -> skip fi;
		d_step { release(); g = 0; ok = 0 }
	:: atomic { opsDone && tpatch == 0 -> break }
	od
}

/* PatchManager.enable / disable / force / unload: validated under the lock. */
inline opEnable(p) {
	acquire();
	if
	:: tpatch == p && wtgt == UNPATCHED && !completing -> pend[p]++; reverse()
	:: else -> if
		:: loaded[p] && !loading[p] && !on[p] && tpatch == 0 -> enableStart(p)
		:: else -> skip                      /* refused, answered at once */
		fi
	fi;
	release()
}

inline opDisable(p) {
	acquire();
	if
	:: tpatch == p && wtgt == PATCHED && !completing -> pend[p]++; reverse()
	:: else -> if
		:: loaded[p] && !loading[p] && on[p] && tpatch == 0 -> disableStart(p)
		:: else -> skip
		fi
	fi;
	release()
}

inline opForce(p) {
	acquire();
	if
	:: tpatch == p -> d_step { forced[p] = 1; tforced = 1; exempt[0] = (fo[0] || fin[0]); exempt[1] = (fo[1] || fin[1]) }; complete()
	:: else -> skip
	fi;
	release()
}

inline opUnload(p) {
	acquire();
	if
	:: loaded[p] && !loading[p] && !on[p] && tpatch != p && !forced[p] -> loaded[p] = 0; freed[p] = 1
	:: else -> skip
	fi;
	release()
}

/* A patch the load's roll-back forgets: off, not in transition, not pinned by a force. */
inline forgetIfOff(p) {
	if
	:: loaded[p] && !on[p] && tpatch != p && !forced[p] -> loaded[p] = 0; freed[p] = 1
	:: else -> skip
	fi
}

/* PatchManager.load of a jar of P and Q: loads both, then enables each in turn, validating
 * under the lock at each step (FIX_LOAD_STEP) and waiting for each transition, lock let go.
 * A patch that does not end enabled (its transition backed out or reversed, or its state
 * changed) fails the load: PatchManager.rollBack disables what the load enabled and forgets
 * every patch of it that is off (FIX_ROLLBACK). While it waits, an operation can only reverse
 * the transition in flight: the load's patches refuse every other (refuseWhileLoadingLocked),
 * so holding the lock from one wait to the next step loses no interleaving. */
inline opLoad2() {
	acquire();
	if
	:: tpatch == 0 && !loaded[P] && !loaded[Q] && !freed[P] && !freed[Q] ->
		loaded[P] = 1; loaded[Q] = 1; loading[P] = 1; loading[Q] = 1;
		enableStart(P);
		release();
#if FIX_LOAD_STEP
		(tpatch == 0);                        /* TransitionRequest.await */
		acquire();
		if
		:: loaded[Q] && on[P] && !on[Q] && tpatch == 0 -> enableStart(Q); release(); (tpatch == 0); acquire()
		:: else -> skip                      /* "its state changed during the load" */
		fi;
#if FIX_ROLLBACK
		if
		:: on[P] && on[Q] -> skip
		:: else ->
			if
			:: on[P] && tpatch == 0 -> disableStart(P); release(); (tpatch == 0); acquire()
			:: else -> skip
			fi;
			forgetIfOff(P); forgetIfOff(Q)
		fi;
#endif
		/* Nothing half-applied: each patch of the load is enabled, or forgotten, or pinned by a
		 * force; an enabled one is kept only when its roll-back was reversed. */
		assert((!loaded[P] || on[P] || forced[P]) && (!loaded[Q] || on[Q] || forced[Q]));
		loading[P] = 0; loading[Q] = 0;
		release()
#else
		acquire();
		enableStart(Q);                       /* started whatever was in flight */
		release();
		acquire(); loading[P] = 0; loading[Q] = 0; release()
#endif
	:: else -> release()
	fi
}

proctype Operator() {
	/* The scenario's own sequence, each step at any moment of the threads' calls. */
#if SCENARIO == 1
	/* Issue 10, 1: P and Q enabled; disable P, reversed by enable P or by the timeout; then
	 * disable Q; then disable P. (Force is scenario 2's.) */
	opDisable(P);
	if :: opEnable(P) :: skip fi;
	(tpatch == 0);
	opDisable(Q);
	(tpatch == 0);
	opDisable(P);
#elif SCENARIO == 2
	/* Issue 10, 2: INNER's class loads late; enable P, reversed or forced at any moment; disable P. */
	opEnable(P);
	if :: opDisable(P) :: opForce(P) :: skip fi;
	(tpatch == 0);
	opDisable(P);
#elif SCENARIO == 6
	/* Liveness (with LOOP: threads call for ever): enable P, then disable it. */
	opEnable(P);
	(tpatch == 0);
	opDisable(P);
#elif SCENARIO == 3 || SCENARIO == 5
	/* Issue 10, 6: a load of a jar of P and Q, and a second operation at any moment; the load
	 * rolled back when one of its transitions is backed out or reversed. Scenario 5: with INNER's
	 * class loading late and a thread throwing at any step of a call. */
	opLoad2();
#elif SCENARIO == 4
	/* Issue 10, 7 and 4: disable P while threads call (and may throw) and grace periods may give
	 * up; an unload or an enable at any moment of it; then unload. */
	opDisable(P);
	if :: opUnload(P) :: opEnable(P) :: skip fi;
	(tpatch == 0);
	opUnload(P);
#endif
	opsRunning--
}

#if SCENARIO == 3
proctype Second() {
	if
	:: opEnable(P)                          /* refused, or reverses the roll-back's disable of P */
	:: opUnload(Q)
	:: opDisable(P)
	fi;
	opsRunning--
}
#endif

byte k;

init {
	atomic {
		bound[OUTER] = 1; bound[INNER] = 1;
#if SCENARIO == 1
		loaded[P] = 1; loaded[Q] = 1; on[P] = 1; on[Q] = 1;
		stk[0] = P; sz[0] = 1; stk[2] = P; stk[3] = Q; sz[1] = 2;
		settled[0] = TOP; settled[1] = TOP;
#elif SCENARIO == 2
		loaded[P] = 1; bound[INNER] = 0;
#elif SCENARIO == 5
		bound[INNER] = 0;
#elif SCENARIO == 6
		loaded[P] = 1;
#elif SCENARIO == 4
		loaded[P] = 1; on[P] = 1;
		stk[0] = P; sz[0] = 1; stk[2] = P; sz[1] = 1;
		settled[0] = TOP; settled[1] = TOP;
#endif
		running = NT;
		opsRunning = 1;
#if SCENARIO == 3
		opsRunning = 2;
#endif
		k = 0;
		do
		:: k < NT -> run Thread(k); k++
		:: else -> break
		od;
		run Driver();
		run Operator();
		run Monitor();
#if SCENARIO == 3
		run Second();
#endif
	}
}

/* Every operation is answered and nothing waits for ever: once the operator, the threads, the
 * transitions and the reclamations are done, no request is left unanswered. A state where every
 * process is blocked before that is an invalid end state, which Spin reports. */
proctype Monitor() {
	(opsDone && running == 0 && tpatch == 0 && !lock);
	assert(pend[P] == 0 && pend[Q] == 0)
}

#ifdef LIVENESS
/* Every transition completes or is reversed and completes (weak fairness; threads call forever;
 * each section ends before the grace period's timeout: NO_GP_TIMEOUT). */
ltl ends { [] (tpatch != 0 -> <> (tpatch == 0)) }
#endif
