#define rand	pan_rand
#define pthread_equal(a,b)	((a)==(b))
#if defined(HAS_CODE) && defined(VERBOSE)
	#ifdef BFS_PAR
		bfs_printf("Pr: %d Tr: %d\n", II, t->forw);
	#else
		cpu_printf("Pr: %d Tr: %d\n", II, t->forw);
	#endif
#endif
	switch (t->forw) {
	default: Uerror("bad forward move");
	case 0:	/* if without executable clauses */
		continue;
	case 1: /* generic 'goto' or 'skip' */
		IfNotBlocked
		_m = 3; goto P999;
	case 2: /* generic 'else' */
		IfNotBlocked
		if (trpt->o_pm&1) continue;
		_m = 3; goto P999;

		 /* PROC Monitor */
	case 3: // STATE 1 - transition.pml:646 - [(((((opsRunning==0)&&(running==0))&&(tpatch==0))&&!(lock)))] (0:0:0 - 1)
		IfNotBlocked
		reached[4][1] = 1;
		if (!(((((((int)now.opsRunning)==0)&&(((int)now.running)==0))&&(((int)now.tpatch)==0))&& !(((int)now.lock)))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 4: // STATE 2 - transition.pml:647 - [assert((pending==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[4][2] = 1;
		spin_assert((((int)now.pending)==0), "(pending==0)", II, tt, t);
		_m = 3; goto P999; /* 0 */
	case 5: // STATE 3 - transition.pml:648 - [-end-] (0:0:0 - 1)
		IfNotBlocked
		reached[4][3] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* PROC :init: */
	case 6: // STATE 1 - transition.pml:611 - [bound[0] = 1] (0:22:16 - 1)
		IfNotBlocked
		reached[3][1] = 1;
		(trpt+1)->bup.ovals = grab_ints(16);
		(trpt+1)->bup.ovals[0] = ((int)now.bound[0]);
		now.bound[0] = 1;
#ifdef VAR_RANGES
		logval("bound[0]", ((int)now.bound[0]));
#endif
		;
		/* merge: bound[1] = 1(22, 2, 22) */
		reached[3][2] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.bound[1]);
		now.bound[1] = 1;
#ifdef VAR_RANGES
		logval("bound[1]", ((int)now.bound[1]));
#endif
		;
		/* merge: loaded[1] = 1(22, 3, 22) */
		reached[3][3] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.loaded[1]);
		now.loaded[1] = 1;
#ifdef VAR_RANGES
		logval("loaded[1]", ((int)now.loaded[1]));
#endif
		;
		/* merge: loaded[2] = 1(22, 4, 22) */
		reached[3][4] = 1;
		(trpt+1)->bup.ovals[3] = ((int)now.loaded[2]);
		now.loaded[2] = 1;
#ifdef VAR_RANGES
		logval("loaded[2]", ((int)now.loaded[2]));
#endif
		;
		/* merge: on[1] = 1(22, 5, 22) */
		reached[3][5] = 1;
		(trpt+1)->bup.ovals[4] = ((int)now.on[1]);
		now.on[1] = 1;
#ifdef VAR_RANGES
		logval("on[1]", ((int)now.on[1]));
#endif
		;
		/* merge: on[2] = 1(22, 6, 22) */
		reached[3][6] = 1;
		(trpt+1)->bup.ovals[5] = ((int)now.on[2]);
		now.on[2] = 1;
#ifdef VAR_RANGES
		logval("on[2]", ((int)now.on[2]));
#endif
		;
		/* merge: stk[0] = 1(22, 7, 22) */
		reached[3][7] = 1;
		(trpt+1)->bup.ovals[6] = ((int)now.stk[0]);
		now.stk[0] = 1;
#ifdef VAR_RANGES
		logval("stk[0]", ((int)now.stk[0]));
#endif
		;
		/* merge: sz[0] = 1(22, 8, 22) */
		reached[3][8] = 1;
		(trpt+1)->bup.ovals[7] = ((int)now.sz[0]);
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		/* merge: stk[2] = 1(22, 9, 22) */
		reached[3][9] = 1;
		(trpt+1)->bup.ovals[8] = ((int)now.stk[2]);
		now.stk[2] = 1;
#ifdef VAR_RANGES
		logval("stk[2]", ((int)now.stk[2]));
#endif
		;
		/* merge: stk[3] = 2(22, 10, 22) */
		reached[3][10] = 1;
		(trpt+1)->bup.ovals[9] = ((int)now.stk[3]);
		now.stk[3] = 2;
#ifdef VAR_RANGES
		logval("stk[3]", ((int)now.stk[3]));
#endif
		;
		/* merge: sz[1] = 2(22, 11, 22) */
		reached[3][11] = 1;
		(trpt+1)->bup.ovals[10] = ((int)now.sz[1]);
		now.sz[1] = 2;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		/* merge: settled[0] = 1(22, 12, 22) */
		reached[3][12] = 1;
		(trpt+1)->bup.ovals[11] = ((int)now.settled[0]);
		now.settled[0] = 1;
#ifdef VAR_RANGES
		logval("settled[0]", ((int)now.settled[0]));
#endif
		;
		/* merge: settled[1] = 1(22, 13, 22) */
		reached[3][13] = 1;
		(trpt+1)->bup.ovals[12] = ((int)now.settled[1]);
		now.settled[1] = 1;
#ifdef VAR_RANGES
		logval("settled[1]", ((int)now.settled[1]));
#endif
		;
		/* merge: running = 2(22, 14, 22) */
		reached[3][14] = 1;
		(trpt+1)->bup.ovals[13] = ((int)now.running);
		now.running = 2;
#ifdef VAR_RANGES
		logval("running", ((int)now.running));
#endif
		;
		/* merge: opsRunning = 1(22, 15, 22) */
		reached[3][15] = 1;
		(trpt+1)->bup.ovals[14] = ((int)now.opsRunning);
		now.opsRunning = 1;
#ifdef VAR_RANGES
		logval("opsRunning", ((int)now.opsRunning));
#endif
		;
		/* merge: k = 0(22, 16, 22) */
		reached[3][16] = 1;
		(trpt+1)->bup.ovals[15] = ((int)now.k);
		now.k = 0;
#ifdef VAR_RANGES
		logval("k", ((int)now.k));
#endif
		;
		/* merge: .(goto)(0, 23, 22) */
		reached[3][23] = 1;
		;
		_m = 3; goto P999; /* 16 */
	case 7: // STATE 17 - transition.pml:630 - [((k<2))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][17] = 1;
		if (!((((int)now.k)<2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 8: // STATE 18 - transition.pml:630 - [(run Thread(k))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][18] = 1;
		if (!(addproc(II, 1, 0, ((int)now.k))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 9: // STATE 19 - transition.pml:630 - [k = (k+1)] (0:0:1 - 1)
		IfNotBlocked
		reached[3][19] = 1;
		(trpt+1)->bup.oval = ((int)now.k);
		now.k = (((int)now.k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)now.k));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 10: // STATE 25 - transition.pml:633 - [(run Driver())] (0:0:0 - 3)
		IfNotBlocked
		reached[3][25] = 1;
		if (!(addproc(II, 1, 1, 0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 11: // STATE 26 - transition.pml:634 - [(run Operator())] (0:0:0 - 1)
		IfNotBlocked
		reached[3][26] = 1;
		if (!(addproc(II, 1, 2, 0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 12: // STATE 27 - transition.pml:635 - [(run Monitor())] (0:0:0 - 1)
		IfNotBlocked
		reached[3][27] = 1;
		if (!(addproc(II, 1, 4, 0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 13: // STATE 29 - transition.pml:640 - [-end-] (0:0:0 - 1)
		IfNotBlocked
		reached[3][29] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* PROC Operator */
	case 14: // STATE 1 - transition.pml:132 - [(!(lock))] (98:0:1 - 1)
		IfNotBlocked
		reached[2][1] = 1;
		if (!( !(((int)now.lock))))
			continue;
		/* merge: lock = 1(0, 2, 98) */
		reached[2][2] = 1;
		(trpt+1)->bup.oval = ((int)now.lock);
		now.lock = 1;
#ifdef VAR_RANGES
		logval("lock", ((int)now.lock));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 15: // STATE 5 - transition.pml:507 - [((((tpatch==1)&&(wtgt==1))&&!(completing)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][5] = 1;
		if (!((((((int)now.tpatch)==1)&&(((int)now.wtgt)==1))&& !(((int)now.completing)))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 16: // STATE 6 - transition.pml:507 - [pending = (pending+1)] (0:0:1 - 1)
		IfNotBlocked
		reached[2][6] = 1;
		(trpt+1)->bup.oval = ((int)now.pending);
		now.pending = (((int)now.pending)+1);
#ifdef VAR_RANGES
		logval("pending", ((int)now.pending));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 17: // STATE 11 - transition.pml:219 - [D_STEP219]
		IfNotBlocked

		reached[2][11] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_901_0: /* 2 */
		now.wtgt = (1-((int)now.wtgt));
#ifdef VAR_RANGES
		logval("wtgt", ((int)now.wtgt));
#endif
		;
S_902_0: /* 2 */
		now.reversed =  !(((int)now.reversed));
#ifdef VAR_RANGES
		logval("reversed", ((int)now.reversed));
#endif
		;
S_903_0: /* 2 */
		now.rounds = 0;
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
S_904_0: /* 2 */
		now.on[ Index(now.tpatch, 3) ] = (((int)now.wtgt)==1);
#ifdef VAR_RANGES
		logval("on[tpatch]", ((int)now.on[ Index(((int)now.tpatch), 3) ]));
#endif
		;
		goto S_910_0;
S_910_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 18: // STATE 15 - transition.pml:182 - [D_STEP182]
		IfNotBlocked

		reached[2][15] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_906_0: /* 2 */
		now.selfCheck = 1;
#ifdef VAR_RANGES
		logval("selfCheck", ((int)now.selfCheck));
#endif
		;
S_907_0: /* 2 */
		now.chk[0] = (( (((int)now.pstCur[0])) ? (((int)now.pst[0])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[0]", ((int)now.chk[0]));
#endif
		;
S_908_0: /* 2 */
		now.chk[1] = (( (((int)now.pstCur[1])) ? (((int)now.pst[1])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[1]", ((int)now.chk[1]));
#endif
		;
		goto S_993_0;
S_993_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 19: // STATE 19 - transition.pml:509 - [((((loaded[1]&&!(loading[1]))&&on[1])&&(tpatch==0)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][19] = 1;
		if (!((((((int)now.loaded[1])&& !(((int)now.loading[1])))&&((int)now.on[1]))&&(((int)now.tpatch)==0))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 20: // STATE 40 - transition.pml:168 - [D_STEP168]
		IfNotBlocked

		reached[2][40] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_914_0: /* 2 */
		now.wtgt = 0;
#ifdef VAR_RANGES
		logval("wtgt", ((int)now.wtgt));
#endif
		;
S_915_0: /* 2 */
		now.wbase = (1-0);
#ifdef VAR_RANGES
		logval("wbase", ((int)now.wbase));
#endif
		;
S_916_0: /* 2 */
		now.wall = 0;
#ifdef VAR_RANGES
		logval("wall", ((int)now.wall));
#endif
		;
S_917_0: /* 2 */
		now.tgen = (((int)now.tgen)+1);
#ifdef VAR_RANGES
		logval("tgen", ((int)now.tgen));
#endif
		;
S_918_0: /* 2 */
		now.treqCur[0] = 0;
#ifdef VAR_RANGES
		logval("treqCur[0]", ((int)now.treqCur[0]));
#endif
		;
S_919_0: /* 2 */
		now.treqCur[1] = 0;
#ifdef VAR_RANGES
		logval("treqCur[1]", ((int)now.treqCur[1]));
#endif
		;
S_920_0: /* 2 */
		now.pstCur[0] = 0;
#ifdef VAR_RANGES
		logval("pstCur[0]", ((int)now.pstCur[0]));
#endif
		;
S_921_0: /* 2 */
		now.pstCur[1] = 0;
#ifdef VAR_RANGES
		logval("pstCur[1]", ((int)now.pstCur[1]));
#endif
		;
S_922_0: /* 2 */
		now.latCur[0] = 0;
#ifdef VAR_RANGES
		logval("latCur[0]", ((int)now.latCur[0]));
#endif
		;
S_923_0: /* 2 */
		now.latCur[1] = 0;
#ifdef VAR_RANGES
		logval("latCur[1]", ((int)now.latCur[1]));
#endif
		;
S_924_0: /* 2 */
		now.snap[0] = ((int)now.stk[0]);
#ifdef VAR_RANGES
		logval("snap[0]", ((int)now.snap[0]));
#endif
		;
S_925_0: /* 2 */
		now.snap[1] = ((int)now.stk[1]);
#ifdef VAR_RANGES
		logval("snap[1]", ((int)now.snap[1]));
#endif
		;
S_926_0: /* 2 */
		now.snap[2] = ((int)now.stk[2]);
#ifdef VAR_RANGES
		logval("snap[2]", ((int)now.snap[2]));
#endif
		;
S_927_0: /* 2 */
		now.snap[3] = ((int)now.stk[3]);
#ifdef VAR_RANGES
		logval("snap[3]", ((int)now.snap[3]));
#endif
		;
S_928_0: /* 2 */
		now.snapsz[0] = ((int)now.sz[0]);
#ifdef VAR_RANGES
		logval("snapsz[0]", ((int)now.snapsz[0]));
#endif
		;
S_929_0: /* 2 */
		now.snapsz[1] = ((int)now.sz[1]);
#ifdef VAR_RANGES
		logval("snapsz[1]", ((int)now.snapsz[1]));
#endif
		;
S_930_0: /* 2 */
		now.rounds = 0;
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
S_931_0: /* 2 */
		now.reversed = 0;
#ifdef VAR_RANGES
		logval("reversed", ((int)now.reversed));
#endif
		;
S_932_0: /* 2 */
		now.tpatch = 1;
#ifdef VAR_RANGES
		logval("tpatch", ((int)now.tpatch));
#endif
		;
S_933_0: /* 2 */
		now.pending = (((int)now.pending)+1);
#ifdef VAR_RANGES
		logval("pending", ((int)now.pending));
#endif
		;
		goto S_959_0;
S_959_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 21: // STATE 42 - transition.pml:211 - [(((1==1)||(0==1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][42] = 1;
		if (!(((1==1)||(0==1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 22: // STATE 43 - transition.pml:199 - [(((sz[0]>0)&&(stk[(((2*0)+sz[0])-1)]==1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][43] = 1;
		if (!(((((int)now.sz[0])>0)&&(((int)now.stk[ Index((((2*0)+((int)now.sz[0]))-1), 4) ])==1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 23: // STATE 56 - transition.pml:146 - [D_STEP146]
		if (!(((boq == -1 && 0)) || (boq == -1 /* else */)))
			continue;

		reached[2][56] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_943_0: /* 2 */
S_938_0: /* 2 */
		if (!(0))
			goto S_943_1;
S_939_0: /* 2 */
		now.stk[ Index(((2*0)+now.sz[0]), 4) ] = 1;
#ifdef VAR_RANGES
		logval("stk[((2*0)+sz[0])]", ((int)now.stk[ Index(((2*0)+((int)now.sz[0])), 4) ]));
#endif
		;
S_940_0: /* 2 */
		now.sz[0] = (((int)now.sz[0])+1);
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_944_0;
S_943_1: /* 3 */
S_941_0: /* 2 */
		/* else */;
S_942_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_944_0;
S_943_2: /* 3 */
		Uerror("blocking sel in d_step (nr.0, near line 147)");
S_944_0: /* 2 */
S_945_0: /* 2 */
		now.intr[0] = 1;
#ifdef VAR_RANGES
		logval("intr[0]", ((int)now.intr[0]));
#endif
		;
S_946_0: /* 2 */
		now.treqCur[0] = 1;
#ifdef VAR_RANGES
		logval("treqCur[0]", ((int)now.treqCur[0]));
#endif
		;
S_947_0: /* 2 */
		now.tsTop[0] = ((int)now.stk[ Index((((2*0)+((int)now.sz[0]))-1), 4) ]);
#ifdef VAR_RANGES
		logval("tsTop[0]", ((int)now.tsTop[0]));
#endif
		;
S_948_0: /* 2 */
		now.tsBelow[0] = ( ((((int)now.sz[0])>1)) ? (((int)now.stk[ Index((2*0), 4) ])) : (0) );
#ifdef VAR_RANGES
		logval("tsBelow[0]", ((int)now.tsBelow[0]));
#endif
		;
S_949_0: /* 2 */
		now.chg[0] = 1;
#ifdef VAR_RANGES
		logval("chg[0]", ((int)now.chg[0]));
#endif
		;
		goto S_955_0;
S_955_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 24: // STATE 67 - transition.pml:199 - [(((sz[1]>0)&&(stk[(((2*1)+sz[1])-1)]==1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][67] = 1;
		if (!(((((int)now.sz[1])>0)&&(((int)now.stk[ Index((((2*1)+((int)now.sz[1]))-1), 4) ])==1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 25: // STATE 80 - transition.pml:146 - [D_STEP146]
		if (!(((boq == -1 && 0)) || (boq == -1 /* else */)))
			continue;

		reached[2][80] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_967_0: /* 2 */
S_962_0: /* 2 */
		if (!(0))
			goto S_967_1;
S_963_0: /* 2 */
		now.stk[ Index(((2*1)+now.sz[1]), 4) ] = 1;
#ifdef VAR_RANGES
		logval("stk[((2*1)+sz[1])]", ((int)now.stk[ Index(((2*1)+((int)now.sz[1])), 4) ]));
#endif
		;
S_964_0: /* 2 */
		now.sz[1] = (((int)now.sz[1])+1);
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_968_0;
S_967_1: /* 3 */
S_965_0: /* 2 */
		/* else */;
S_966_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_968_0;
S_967_2: /* 3 */
		Uerror("blocking sel in d_step (nr.1, near line 147)");
S_968_0: /* 2 */
S_969_0: /* 2 */
		now.intr[1] = 1;
#ifdef VAR_RANGES
		logval("intr[1]", ((int)now.intr[1]));
#endif
		;
S_970_0: /* 2 */
		now.treqCur[1] = 1;
#ifdef VAR_RANGES
		logval("treqCur[1]", ((int)now.treqCur[1]));
#endif
		;
S_971_0: /* 2 */
		now.tsTop[1] = ((int)now.stk[ Index((((2*1)+((int)now.sz[1]))-1), 4) ]);
#ifdef VAR_RANGES
		logval("tsTop[1]", ((int)now.tsTop[1]));
#endif
		;
S_972_0: /* 2 */
		now.tsBelow[1] = ( ((((int)now.sz[1])>1)) ? (((int)now.stk[ Index((2*1), 4) ])) : (0) );
#ifdef VAR_RANGES
		logval("tsBelow[1]", ((int)now.tsBelow[1]));
#endif
		;
S_973_0: /* 2 */
		now.chg[1] = 1;
#ifdef VAR_RANGES
		logval("chg[1]", ((int)now.chg[1]));
#endif
		;
		goto S_979_0;
S_979_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 26: // STATE 87 - transition.pml:213 - [on[1] = 0] (0:0:1 - 3)
		IfNotBlocked
		reached[2][87] = 1;
		(trpt+1)->bup.oval = ((int)now.on[1]);
		now.on[1] = 0;
#ifdef VAR_RANGES
		logval("on[1]", ((int)now.on[1]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 27: // STATE 91 - transition.pml:182 - [D_STEP182]
		IfNotBlocked

		reached[2][91] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_982_0: /* 2 */
		now.selfCheck = 1;
#ifdef VAR_RANGES
		logval("selfCheck", ((int)now.selfCheck));
#endif
		;
S_983_0: /* 2 */
		now.chk[0] = (( (((int)now.pstCur[0])) ? (((int)now.pst[0])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[0]", ((int)now.chk[0]));
#endif
		;
S_984_0: /* 2 */
		now.chk[1] = (( (((int)now.pstCur[1])) ? (((int)now.pst[1])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[1]", ((int)now.chk[1]));
#endif
		;
		goto S_991_0;
S_991_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 28: // STATE 100 - transition.pml:133 - [lock = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[2][100] = 1;
		(trpt+1)->bup.oval = ((int)now.lock);
		now.lock = 0;
#ifdef VAR_RANGES
		logval("lock", ((int)now.lock));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 29: // STATE 103 - transition.pml:132 - [(!(lock))] (190:0:1 - 1)
		IfNotBlocked
		reached[2][103] = 1;
		if (!( !(((int)now.lock))))
			continue;
		/* merge: lock = 1(0, 104, 190) */
		reached[2][104] = 1;
		(trpt+1)->bup.oval = ((int)now.lock);
		now.lock = 1;
#ifdef VAR_RANGES
		logval("lock", ((int)now.lock));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 30: // STATE 107 - transition.pml:495 - [((((tpatch==1)&&(wtgt==0))&&!(completing)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][107] = 1;
		if (!((((((int)now.tpatch)==1)&&(((int)now.wtgt)==0))&& !(((int)now.completing)))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 31: // STATE 108 - transition.pml:495 - [pending = (pending+1)] (0:0:1 - 1)
		IfNotBlocked
		reached[2][108] = 1;
		(trpt+1)->bup.oval = ((int)now.pending);
		now.pending = (((int)now.pending)+1);
#ifdef VAR_RANGES
		logval("pending", ((int)now.pending));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 32: // STATE 113 - transition.pml:219 - [D_STEP219]
		IfNotBlocked

		reached[2][113] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1003_0: /* 2 */
		now.wtgt = (1-((int)now.wtgt));
#ifdef VAR_RANGES
		logval("wtgt", ((int)now.wtgt));
#endif
		;
S_1004_0: /* 2 */
		now.reversed =  !(((int)now.reversed));
#ifdef VAR_RANGES
		logval("reversed", ((int)now.reversed));
#endif
		;
S_1005_0: /* 2 */
		now.rounds = 0;
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
S_1006_0: /* 2 */
		now.on[ Index(now.tpatch, 3) ] = (((int)now.wtgt)==1);
#ifdef VAR_RANGES
		logval("on[tpatch]", ((int)now.on[ Index(((int)now.tpatch), 3) ]));
#endif
		;
		goto S_1012_0;
S_1012_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 33: // STATE 117 - transition.pml:182 - [D_STEP182]
		IfNotBlocked

		reached[2][117] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1008_0: /* 2 */
		now.selfCheck = 1;
#ifdef VAR_RANGES
		logval("selfCheck", ((int)now.selfCheck));
#endif
		;
S_1009_0: /* 2 */
		now.chk[0] = (( (((int)now.pstCur[0])) ? (((int)now.pst[0])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[0]", ((int)now.chk[0]));
#endif
		;
S_1010_0: /* 2 */
		now.chk[1] = (( (((int)now.pstCur[1])) ? (((int)now.pst[1])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[1]", ((int)now.chk[1]));
#endif
		;
		goto S_1085_0;
S_1085_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 34: // STATE 121 - transition.pml:497 - [((((loaded[1]&&!(loading[1]))&&!(on[1]))&&(tpatch==0)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][121] = 1;
		if (!((((((int)now.loaded[1])&& !(((int)now.loading[1])))&& !(((int)now.on[1])))&&(((int)now.tpatch)==0))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 35: // STATE 142 - transition.pml:168 - [D_STEP168]
		IfNotBlocked

		reached[2][142] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1016_0: /* 2 */
		now.wtgt = 1;
#ifdef VAR_RANGES
		logval("wtgt", ((int)now.wtgt));
#endif
		;
S_1017_0: /* 2 */
		now.wbase = (1-1);
#ifdef VAR_RANGES
		logval("wbase", ((int)now.wbase));
#endif
		;
S_1018_0: /* 2 */
		now.wall = 0;
#ifdef VAR_RANGES
		logval("wall", ((int)now.wall));
#endif
		;
S_1019_0: /* 2 */
		now.tgen = (((int)now.tgen)+1);
#ifdef VAR_RANGES
		logval("tgen", ((int)now.tgen));
#endif
		;
S_1020_0: /* 2 */
		now.treqCur[0] = 0;
#ifdef VAR_RANGES
		logval("treqCur[0]", ((int)now.treqCur[0]));
#endif
		;
S_1021_0: /* 2 */
		now.treqCur[1] = 0;
#ifdef VAR_RANGES
		logval("treqCur[1]", ((int)now.treqCur[1]));
#endif
		;
S_1022_0: /* 2 */
		now.pstCur[0] = 0;
#ifdef VAR_RANGES
		logval("pstCur[0]", ((int)now.pstCur[0]));
#endif
		;
S_1023_0: /* 2 */
		now.pstCur[1] = 0;
#ifdef VAR_RANGES
		logval("pstCur[1]", ((int)now.pstCur[1]));
#endif
		;
S_1024_0: /* 2 */
		now.latCur[0] = 0;
#ifdef VAR_RANGES
		logval("latCur[0]", ((int)now.latCur[0]));
#endif
		;
S_1025_0: /* 2 */
		now.latCur[1] = 0;
#ifdef VAR_RANGES
		logval("latCur[1]", ((int)now.latCur[1]));
#endif
		;
S_1026_0: /* 2 */
		now.snap[0] = ((int)now.stk[0]);
#ifdef VAR_RANGES
		logval("snap[0]", ((int)now.snap[0]));
#endif
		;
S_1027_0: /* 2 */
		now.snap[1] = ((int)now.stk[1]);
#ifdef VAR_RANGES
		logval("snap[1]", ((int)now.snap[1]));
#endif
		;
S_1028_0: /* 2 */
		now.snap[2] = ((int)now.stk[2]);
#ifdef VAR_RANGES
		logval("snap[2]", ((int)now.snap[2]));
#endif
		;
S_1029_0: /* 2 */
		now.snap[3] = ((int)now.stk[3]);
#ifdef VAR_RANGES
		logval("snap[3]", ((int)now.snap[3]));
#endif
		;
S_1030_0: /* 2 */
		now.snapsz[0] = ((int)now.sz[0]);
#ifdef VAR_RANGES
		logval("snapsz[0]", ((int)now.snapsz[0]));
#endif
		;
S_1031_0: /* 2 */
		now.snapsz[1] = ((int)now.sz[1]);
#ifdef VAR_RANGES
		logval("snapsz[1]", ((int)now.snapsz[1]));
#endif
		;
S_1032_0: /* 2 */
		now.rounds = 0;
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
S_1033_0: /* 2 */
		now.reversed = 0;
#ifdef VAR_RANGES
		logval("reversed", ((int)now.reversed));
#endif
		;
S_1034_0: /* 2 */
		now.tpatch = 1;
#ifdef VAR_RANGES
		logval("tpatch", ((int)now.tpatch));
#endif
		;
S_1035_0: /* 2 */
		now.pending = (((int)now.pending)+1);
#ifdef VAR_RANGES
		logval("pending", ((int)now.pending));
#endif
		;
		goto S_1055_0;
S_1055_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 36: // STATE 144 - transition.pml:189 - [(((1==1)||(0==1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][144] = 1;
		if (!(((1==1)||(0==1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 37: // STATE 157 - transition.pml:146 - [D_STEP146]
		if (!(((boq == -1 && 1)) || (boq == -1 /* else */)))
			continue;

		reached[2][157] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1044_0: /* 2 */
S_1039_0: /* 2 */
		if (!(1))
			goto S_1044_1;
S_1040_0: /* 2 */
		now.stk[ Index(((2*0)+now.sz[0]), 4) ] = 1;
#ifdef VAR_RANGES
		logval("stk[((2*0)+sz[0])]", ((int)now.stk[ Index(((2*0)+((int)now.sz[0])), 4) ]));
#endif
		;
S_1041_0: /* 2 */
		now.sz[0] = (((int)now.sz[0])+1);
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1045_0;
S_1044_1: /* 3 */
S_1042_0: /* 2 */
		/* else */;
S_1043_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1045_0;
S_1044_2: /* 3 */
		Uerror("blocking sel in d_step (nr.2, near line 147)");
S_1045_0: /* 2 */
S_1046_0: /* 2 */
		now.intr[0] = 1;
#ifdef VAR_RANGES
		logval("intr[0]", ((int)now.intr[0]));
#endif
		;
S_1047_0: /* 2 */
		now.treqCur[0] = 1;
#ifdef VAR_RANGES
		logval("treqCur[0]", ((int)now.treqCur[0]));
#endif
		;
S_1048_0: /* 2 */
		now.tsTop[0] = ((int)now.stk[ Index((((2*0)+((int)now.sz[0]))-1), 4) ]);
#ifdef VAR_RANGES
		logval("tsTop[0]", ((int)now.tsTop[0]));
#endif
		;
S_1049_0: /* 2 */
		now.tsBelow[0] = ( ((((int)now.sz[0])>1)) ? (((int)now.stk[ Index((2*0), 4) ])) : (0) );
#ifdef VAR_RANGES
		logval("tsBelow[0]", ((int)now.tsBelow[0]));
#endif
		;
S_1050_0: /* 2 */
		now.chg[0] = 1;
#ifdef VAR_RANGES
		logval("chg[0]", ((int)now.chg[0]));
#endif
		;
		goto S_1056_0;
S_1056_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 38: // STATE 175 - transition.pml:146 - [D_STEP146]
		if (!(((boq == -1 && 1)) || (boq == -1 /* else */)))
			continue;

		reached[2][175] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1062_0: /* 2 */
S_1057_0: /* 2 */
		if (!(1))
			goto S_1062_1;
S_1058_0: /* 2 */
		now.stk[ Index(((2*1)+now.sz[1]), 4) ] = 1;
#ifdef VAR_RANGES
		logval("stk[((2*1)+sz[1])]", ((int)now.stk[ Index(((2*1)+((int)now.sz[1])), 4) ]));
#endif
		;
S_1059_0: /* 2 */
		now.sz[1] = (((int)now.sz[1])+1);
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1063_0;
S_1062_1: /* 3 */
S_1060_0: /* 2 */
		/* else */;
S_1061_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1063_0;
S_1062_2: /* 3 */
		Uerror("blocking sel in d_step (nr.3, near line 147)");
S_1063_0: /* 2 */
S_1064_0: /* 2 */
		now.intr[1] = 1;
#ifdef VAR_RANGES
		logval("intr[1]", ((int)now.intr[1]));
#endif
		;
S_1065_0: /* 2 */
		now.treqCur[1] = 1;
#ifdef VAR_RANGES
		logval("treqCur[1]", ((int)now.treqCur[1]));
#endif
		;
S_1066_0: /* 2 */
		now.tsTop[1] = ((int)now.stk[ Index((((2*1)+((int)now.sz[1]))-1), 4) ]);
#ifdef VAR_RANGES
		logval("tsTop[1]", ((int)now.tsTop[1]));
#endif
		;
S_1067_0: /* 2 */
		now.tsBelow[1] = ( ((((int)now.sz[1])>1)) ? (((int)now.stk[ Index((2*1), 4) ])) : (0) );
#ifdef VAR_RANGES
		logval("tsBelow[1]", ((int)now.tsBelow[1]));
#endif
		;
S_1068_0: /* 2 */
		now.chg[1] = 1;
#ifdef VAR_RANGES
		logval("chg[1]", ((int)now.chg[1]));
#endif
		;
		goto S_1073_0;
S_1073_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 39: // STATE 179 - transition.pml:191 - [D_STEP191]
		IfNotBlocked

		reached[2][179] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1071_0: /* 2 */
		now.on[1] = 1;
#ifdef VAR_RANGES
		logval("on[1]", ((int)now.on[1]));
#endif
		;
S_1072_0: /* 2 */
		now.pu[1] = 0;
#ifdef VAR_RANGES
		logval("pu[1]", ((int)now.pu[1]));
#endif
		;
		goto S_1078_0;
S_1078_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 40: // STATE 183 - transition.pml:182 - [D_STEP182]
		IfNotBlocked

		reached[2][183] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1074_0: /* 2 */
		now.selfCheck = 1;
#ifdef VAR_RANGES
		logval("selfCheck", ((int)now.selfCheck));
#endif
		;
S_1075_0: /* 2 */
		now.chk[0] = (( (((int)now.pstCur[0])) ? (((int)now.pst[0])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[0]", ((int)now.chk[0]));
#endif
		;
S_1076_0: /* 2 */
		now.chk[1] = (( (((int)now.pstCur[1])) ? (((int)now.pst[1])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[1]", ((int)now.chk[1]));
#endif
		;
		goto S_1083_0;
S_1083_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 41: // STATE 192 - transition.pml:133 - [lock = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[2][192] = 1;
		(trpt+1)->bup.oval = ((int)now.lock);
		now.lock = 0;
#ifdef VAR_RANGES
		logval("lock", ((int)now.lock));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 42: // STATE 198 - transition.pml:568 - [((tpatch==0))] (0:0:0 - 3)
		IfNotBlocked
		reached[2][198] = 1;
		if (!((((int)now.tpatch)==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 43: // STATE 199 - transition.pml:132 - [(!(lock))] (296:0:1 - 1)
		IfNotBlocked
		reached[2][199] = 1;
		if (!( !(((int)now.lock))))
			continue;
		/* merge: lock = 1(0, 200, 296) */
		reached[2][200] = 1;
		(trpt+1)->bup.oval = ((int)now.lock);
		now.lock = 1;
#ifdef VAR_RANGES
		logval("lock", ((int)now.lock));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 44: // STATE 203 - transition.pml:507 - [((((tpatch==2)&&(wtgt==1))&&!(completing)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][203] = 1;
		if (!((((((int)now.tpatch)==2)&&(((int)now.wtgt)==1))&& !(((int)now.completing)))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 45: // STATE 204 - transition.pml:507 - [pending = (pending+1)] (0:0:1 - 1)
		IfNotBlocked
		reached[2][204] = 1;
		(trpt+1)->bup.oval = ((int)now.pending);
		now.pending = (((int)now.pending)+1);
#ifdef VAR_RANGES
		logval("pending", ((int)now.pending));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 46: // STATE 209 - transition.pml:219 - [D_STEP219]
		IfNotBlocked

		reached[2][209] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1099_0: /* 2 */
		now.wtgt = (1-((int)now.wtgt));
#ifdef VAR_RANGES
		logval("wtgt", ((int)now.wtgt));
#endif
		;
S_1100_0: /* 2 */
		now.reversed =  !(((int)now.reversed));
#ifdef VAR_RANGES
		logval("reversed", ((int)now.reversed));
#endif
		;
S_1101_0: /* 2 */
		now.rounds = 0;
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
S_1102_0: /* 2 */
		now.on[ Index(now.tpatch, 3) ] = (((int)now.wtgt)==1);
#ifdef VAR_RANGES
		logval("on[tpatch]", ((int)now.on[ Index(((int)now.tpatch), 3) ]));
#endif
		;
		goto S_1108_0;
S_1108_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 47: // STATE 213 - transition.pml:182 - [D_STEP182]
		IfNotBlocked

		reached[2][213] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1104_0: /* 2 */
		now.selfCheck = 1;
#ifdef VAR_RANGES
		logval("selfCheck", ((int)now.selfCheck));
#endif
		;
S_1105_0: /* 2 */
		now.chk[0] = (( (((int)now.pstCur[0])) ? (((int)now.pst[0])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[0]", ((int)now.chk[0]));
#endif
		;
S_1106_0: /* 2 */
		now.chk[1] = (( (((int)now.pstCur[1])) ? (((int)now.pst[1])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[1]", ((int)now.chk[1]));
#endif
		;
		goto S_1191_0;
S_1191_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 48: // STATE 217 - transition.pml:509 - [((((loaded[2]&&!(loading[2]))&&on[2])&&(tpatch==0)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][217] = 1;
		if (!((((((int)now.loaded[2])&& !(((int)now.loading[2])))&&((int)now.on[2]))&&(((int)now.tpatch)==0))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 49: // STATE 238 - transition.pml:168 - [D_STEP168]
		IfNotBlocked

		reached[2][238] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1112_0: /* 2 */
		now.wtgt = 0;
#ifdef VAR_RANGES
		logval("wtgt", ((int)now.wtgt));
#endif
		;
S_1113_0: /* 2 */
		now.wbase = (1-0);
#ifdef VAR_RANGES
		logval("wbase", ((int)now.wbase));
#endif
		;
S_1114_0: /* 2 */
		now.wall = 0;
#ifdef VAR_RANGES
		logval("wall", ((int)now.wall));
#endif
		;
S_1115_0: /* 2 */
		now.tgen = (((int)now.tgen)+1);
#ifdef VAR_RANGES
		logval("tgen", ((int)now.tgen));
#endif
		;
S_1116_0: /* 2 */
		now.treqCur[0] = 0;
#ifdef VAR_RANGES
		logval("treqCur[0]", ((int)now.treqCur[0]));
#endif
		;
S_1117_0: /* 2 */
		now.treqCur[1] = 0;
#ifdef VAR_RANGES
		logval("treqCur[1]", ((int)now.treqCur[1]));
#endif
		;
S_1118_0: /* 2 */
		now.pstCur[0] = 0;
#ifdef VAR_RANGES
		logval("pstCur[0]", ((int)now.pstCur[0]));
#endif
		;
S_1119_0: /* 2 */
		now.pstCur[1] = 0;
#ifdef VAR_RANGES
		logval("pstCur[1]", ((int)now.pstCur[1]));
#endif
		;
S_1120_0: /* 2 */
		now.latCur[0] = 0;
#ifdef VAR_RANGES
		logval("latCur[0]", ((int)now.latCur[0]));
#endif
		;
S_1121_0: /* 2 */
		now.latCur[1] = 0;
#ifdef VAR_RANGES
		logval("latCur[1]", ((int)now.latCur[1]));
#endif
		;
S_1122_0: /* 2 */
		now.snap[0] = ((int)now.stk[0]);
#ifdef VAR_RANGES
		logval("snap[0]", ((int)now.snap[0]));
#endif
		;
S_1123_0: /* 2 */
		now.snap[1] = ((int)now.stk[1]);
#ifdef VAR_RANGES
		logval("snap[1]", ((int)now.snap[1]));
#endif
		;
S_1124_0: /* 2 */
		now.snap[2] = ((int)now.stk[2]);
#ifdef VAR_RANGES
		logval("snap[2]", ((int)now.snap[2]));
#endif
		;
S_1125_0: /* 2 */
		now.snap[3] = ((int)now.stk[3]);
#ifdef VAR_RANGES
		logval("snap[3]", ((int)now.snap[3]));
#endif
		;
S_1126_0: /* 2 */
		now.snapsz[0] = ((int)now.sz[0]);
#ifdef VAR_RANGES
		logval("snapsz[0]", ((int)now.snapsz[0]));
#endif
		;
S_1127_0: /* 2 */
		now.snapsz[1] = ((int)now.sz[1]);
#ifdef VAR_RANGES
		logval("snapsz[1]", ((int)now.snapsz[1]));
#endif
		;
S_1128_0: /* 2 */
		now.rounds = 0;
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
S_1129_0: /* 2 */
		now.reversed = 0;
#ifdef VAR_RANGES
		logval("reversed", ((int)now.reversed));
#endif
		;
S_1130_0: /* 2 */
		now.tpatch = 2;
#ifdef VAR_RANGES
		logval("tpatch", ((int)now.tpatch));
#endif
		;
S_1131_0: /* 2 */
		now.pending = (((int)now.pending)+1);
#ifdef VAR_RANGES
		logval("pending", ((int)now.pending));
#endif
		;
		goto S_1157_0;
S_1157_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 50: // STATE 240 - transition.pml:211 - [(((2==1)||(0==1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][240] = 1;
		if (!(((2==1)||(0==1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 51: // STATE 241 - transition.pml:199 - [(((sz[0]>0)&&(stk[(((2*0)+sz[0])-1)]==2)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][241] = 1;
		if (!(((((int)now.sz[0])>0)&&(((int)now.stk[ Index((((2*0)+((int)now.sz[0]))-1), 4) ])==2))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 52: // STATE 254 - transition.pml:146 - [D_STEP146]
		if (!(((boq == -1 && 0)) || (boq == -1 /* else */)))
			continue;

		reached[2][254] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1141_0: /* 2 */
S_1136_0: /* 2 */
		if (!(0))
			goto S_1141_1;
S_1137_0: /* 2 */
		now.stk[ Index(((2*0)+now.sz[0]), 4) ] = 2;
#ifdef VAR_RANGES
		logval("stk[((2*0)+sz[0])]", ((int)now.stk[ Index(((2*0)+((int)now.sz[0])), 4) ]));
#endif
		;
S_1138_0: /* 2 */
		now.sz[0] = (((int)now.sz[0])+1);
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1142_0;
S_1141_1: /* 3 */
S_1139_0: /* 2 */
		/* else */;
S_1140_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1142_0;
S_1141_2: /* 3 */
		Uerror("blocking sel in d_step (nr.4, near line 147)");
S_1142_0: /* 2 */
S_1143_0: /* 2 */
		now.intr[0] = 1;
#ifdef VAR_RANGES
		logval("intr[0]", ((int)now.intr[0]));
#endif
		;
S_1144_0: /* 2 */
		now.treqCur[0] = 1;
#ifdef VAR_RANGES
		logval("treqCur[0]", ((int)now.treqCur[0]));
#endif
		;
S_1145_0: /* 2 */
		now.tsTop[0] = ((int)now.stk[ Index((((2*0)+((int)now.sz[0]))-1), 4) ]);
#ifdef VAR_RANGES
		logval("tsTop[0]", ((int)now.tsTop[0]));
#endif
		;
S_1146_0: /* 2 */
		now.tsBelow[0] = ( ((((int)now.sz[0])>1)) ? (((int)now.stk[ Index((2*0), 4) ])) : (0) );
#ifdef VAR_RANGES
		logval("tsBelow[0]", ((int)now.tsBelow[0]));
#endif
		;
S_1147_0: /* 2 */
		now.chg[0] = 1;
#ifdef VAR_RANGES
		logval("chg[0]", ((int)now.chg[0]));
#endif
		;
		goto S_1153_0;
S_1153_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 53: // STATE 265 - transition.pml:199 - [(((sz[1]>0)&&(stk[(((2*1)+sz[1])-1)]==2)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][265] = 1;
		if (!(((((int)now.sz[1])>0)&&(((int)now.stk[ Index((((2*1)+((int)now.sz[1]))-1), 4) ])==2))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 54: // STATE 278 - transition.pml:146 - [D_STEP146]
		if (!(((boq == -1 && 0)) || (boq == -1 /* else */)))
			continue;

		reached[2][278] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1165_0: /* 2 */
S_1160_0: /* 2 */
		if (!(0))
			goto S_1165_1;
S_1161_0: /* 2 */
		now.stk[ Index(((2*1)+now.sz[1]), 4) ] = 2;
#ifdef VAR_RANGES
		logval("stk[((2*1)+sz[1])]", ((int)now.stk[ Index(((2*1)+((int)now.sz[1])), 4) ]));
#endif
		;
S_1162_0: /* 2 */
		now.sz[1] = (((int)now.sz[1])+1);
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1166_0;
S_1165_1: /* 3 */
S_1163_0: /* 2 */
		/* else */;
S_1164_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1166_0;
S_1165_2: /* 3 */
		Uerror("blocking sel in d_step (nr.5, near line 147)");
S_1166_0: /* 2 */
S_1167_0: /* 2 */
		now.intr[1] = 1;
#ifdef VAR_RANGES
		logval("intr[1]", ((int)now.intr[1]));
#endif
		;
S_1168_0: /* 2 */
		now.treqCur[1] = 1;
#ifdef VAR_RANGES
		logval("treqCur[1]", ((int)now.treqCur[1]));
#endif
		;
S_1169_0: /* 2 */
		now.tsTop[1] = ((int)now.stk[ Index((((2*1)+((int)now.sz[1]))-1), 4) ]);
#ifdef VAR_RANGES
		logval("tsTop[1]", ((int)now.tsTop[1]));
#endif
		;
S_1170_0: /* 2 */
		now.tsBelow[1] = ( ((((int)now.sz[1])>1)) ? (((int)now.stk[ Index((2*1), 4) ])) : (0) );
#ifdef VAR_RANGES
		logval("tsBelow[1]", ((int)now.tsBelow[1]));
#endif
		;
S_1171_0: /* 2 */
		now.chg[1] = 1;
#ifdef VAR_RANGES
		logval("chg[1]", ((int)now.chg[1]));
#endif
		;
		goto S_1177_0;
S_1177_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 55: // STATE 285 - transition.pml:213 - [on[2] = 0] (0:0:1 - 3)
		IfNotBlocked
		reached[2][285] = 1;
		(trpt+1)->bup.oval = ((int)now.on[2]);
		now.on[2] = 0;
#ifdef VAR_RANGES
		logval("on[2]", ((int)now.on[2]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 56: // STATE 289 - transition.pml:182 - [D_STEP182]
		IfNotBlocked

		reached[2][289] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1180_0: /* 2 */
		now.selfCheck = 1;
#ifdef VAR_RANGES
		logval("selfCheck", ((int)now.selfCheck));
#endif
		;
S_1181_0: /* 2 */
		now.chk[0] = (( (((int)now.pstCur[0])) ? (((int)now.pst[0])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[0]", ((int)now.chk[0]));
#endif
		;
S_1182_0: /* 2 */
		now.chk[1] = (( (((int)now.pstCur[1])) ? (((int)now.pst[1])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[1]", ((int)now.chk[1]));
#endif
		;
		goto S_1189_0;
S_1189_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 57: // STATE 298 - transition.pml:133 - [lock = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[2][298] = 1;
		(trpt+1)->bup.oval = ((int)now.lock);
		now.lock = 0;
#ifdef VAR_RANGES
		logval("lock", ((int)now.lock));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 58: // STATE 301 - transition.pml:570 - [((tpatch==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][301] = 1;
		if (!((((int)now.tpatch)==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 59: // STATE 302 - transition.pml:132 - [(!(lock))] (399:0:1 - 1)
		IfNotBlocked
		reached[2][302] = 1;
		if (!( !(((int)now.lock))))
			continue;
		/* merge: lock = 1(0, 303, 399) */
		reached[2][303] = 1;
		(trpt+1)->bup.oval = ((int)now.lock);
		now.lock = 1;
#ifdef VAR_RANGES
		logval("lock", ((int)now.lock));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 60: // STATE 306 - transition.pml:507 - [((((tpatch==1)&&(wtgt==1))&&!(completing)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][306] = 1;
		if (!((((((int)now.tpatch)==1)&&(((int)now.wtgt)==1))&& !(((int)now.completing)))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 61: // STATE 307 - transition.pml:507 - [pending = (pending+1)] (0:0:1 - 1)
		IfNotBlocked
		reached[2][307] = 1;
		(trpt+1)->bup.oval = ((int)now.pending);
		now.pending = (((int)now.pending)+1);
#ifdef VAR_RANGES
		logval("pending", ((int)now.pending));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 62: // STATE 312 - transition.pml:219 - [D_STEP219]
		IfNotBlocked

		reached[2][312] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1202_0: /* 2 */
		now.wtgt = (1-((int)now.wtgt));
#ifdef VAR_RANGES
		logval("wtgt", ((int)now.wtgt));
#endif
		;
S_1203_0: /* 2 */
		now.reversed =  !(((int)now.reversed));
#ifdef VAR_RANGES
		logval("reversed", ((int)now.reversed));
#endif
		;
S_1204_0: /* 2 */
		now.rounds = 0;
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
S_1205_0: /* 2 */
		now.on[ Index(now.tpatch, 3) ] = (((int)now.wtgt)==1);
#ifdef VAR_RANGES
		logval("on[tpatch]", ((int)now.on[ Index(((int)now.tpatch), 3) ]));
#endif
		;
		goto S_1211_0;
S_1211_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 63: // STATE 316 - transition.pml:182 - [D_STEP182]
		IfNotBlocked

		reached[2][316] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1207_0: /* 2 */
		now.selfCheck = 1;
#ifdef VAR_RANGES
		logval("selfCheck", ((int)now.selfCheck));
#endif
		;
S_1208_0: /* 2 */
		now.chk[0] = (( (((int)now.pstCur[0])) ? (((int)now.pst[0])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[0]", ((int)now.chk[0]));
#endif
		;
S_1209_0: /* 2 */
		now.chk[1] = (( (((int)now.pstCur[1])) ? (((int)now.pst[1])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[1]", ((int)now.chk[1]));
#endif
		;
		goto S_1294_0;
S_1294_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 64: // STATE 320 - transition.pml:509 - [((((loaded[1]&&!(loading[1]))&&on[1])&&(tpatch==0)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][320] = 1;
		if (!((((((int)now.loaded[1])&& !(((int)now.loading[1])))&&((int)now.on[1]))&&(((int)now.tpatch)==0))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 65: // STATE 341 - transition.pml:168 - [D_STEP168]
		IfNotBlocked

		reached[2][341] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1215_0: /* 2 */
		now.wtgt = 0;
#ifdef VAR_RANGES
		logval("wtgt", ((int)now.wtgt));
#endif
		;
S_1216_0: /* 2 */
		now.wbase = (1-0);
#ifdef VAR_RANGES
		logval("wbase", ((int)now.wbase));
#endif
		;
S_1217_0: /* 2 */
		now.wall = 0;
#ifdef VAR_RANGES
		logval("wall", ((int)now.wall));
#endif
		;
S_1218_0: /* 2 */
		now.tgen = (((int)now.tgen)+1);
#ifdef VAR_RANGES
		logval("tgen", ((int)now.tgen));
#endif
		;
S_1219_0: /* 2 */
		now.treqCur[0] = 0;
#ifdef VAR_RANGES
		logval("treqCur[0]", ((int)now.treqCur[0]));
#endif
		;
S_1220_0: /* 2 */
		now.treqCur[1] = 0;
#ifdef VAR_RANGES
		logval("treqCur[1]", ((int)now.treqCur[1]));
#endif
		;
S_1221_0: /* 2 */
		now.pstCur[0] = 0;
#ifdef VAR_RANGES
		logval("pstCur[0]", ((int)now.pstCur[0]));
#endif
		;
S_1222_0: /* 2 */
		now.pstCur[1] = 0;
#ifdef VAR_RANGES
		logval("pstCur[1]", ((int)now.pstCur[1]));
#endif
		;
S_1223_0: /* 2 */
		now.latCur[0] = 0;
#ifdef VAR_RANGES
		logval("latCur[0]", ((int)now.latCur[0]));
#endif
		;
S_1224_0: /* 2 */
		now.latCur[1] = 0;
#ifdef VAR_RANGES
		logval("latCur[1]", ((int)now.latCur[1]));
#endif
		;
S_1225_0: /* 2 */
		now.snap[0] = ((int)now.stk[0]);
#ifdef VAR_RANGES
		logval("snap[0]", ((int)now.snap[0]));
#endif
		;
S_1226_0: /* 2 */
		now.snap[1] = ((int)now.stk[1]);
#ifdef VAR_RANGES
		logval("snap[1]", ((int)now.snap[1]));
#endif
		;
S_1227_0: /* 2 */
		now.snap[2] = ((int)now.stk[2]);
#ifdef VAR_RANGES
		logval("snap[2]", ((int)now.snap[2]));
#endif
		;
S_1228_0: /* 2 */
		now.snap[3] = ((int)now.stk[3]);
#ifdef VAR_RANGES
		logval("snap[3]", ((int)now.snap[3]));
#endif
		;
S_1229_0: /* 2 */
		now.snapsz[0] = ((int)now.sz[0]);
#ifdef VAR_RANGES
		logval("snapsz[0]", ((int)now.snapsz[0]));
#endif
		;
S_1230_0: /* 2 */
		now.snapsz[1] = ((int)now.sz[1]);
#ifdef VAR_RANGES
		logval("snapsz[1]", ((int)now.snapsz[1]));
#endif
		;
S_1231_0: /* 2 */
		now.rounds = 0;
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
S_1232_0: /* 2 */
		now.reversed = 0;
#ifdef VAR_RANGES
		logval("reversed", ((int)now.reversed));
#endif
		;
S_1233_0: /* 2 */
		now.tpatch = 1;
#ifdef VAR_RANGES
		logval("tpatch", ((int)now.tpatch));
#endif
		;
S_1234_0: /* 2 */
		now.pending = (((int)now.pending)+1);
#ifdef VAR_RANGES
		logval("pending", ((int)now.pending));
#endif
		;
		goto S_1260_0;
S_1260_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 66: // STATE 343 - transition.pml:211 - [(((1==1)||(0==1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][343] = 1;
		if (!(((1==1)||(0==1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 67: // STATE 344 - transition.pml:199 - [(((sz[0]>0)&&(stk[(((2*0)+sz[0])-1)]==1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][344] = 1;
		if (!(((((int)now.sz[0])>0)&&(((int)now.stk[ Index((((2*0)+((int)now.sz[0]))-1), 4) ])==1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 68: // STATE 357 - transition.pml:146 - [D_STEP146]
		if (!(((boq == -1 && 0)) || (boq == -1 /* else */)))
			continue;

		reached[2][357] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1244_0: /* 2 */
S_1239_0: /* 2 */
		if (!(0))
			goto S_1244_1;
S_1240_0: /* 2 */
		now.stk[ Index(((2*0)+now.sz[0]), 4) ] = 1;
#ifdef VAR_RANGES
		logval("stk[((2*0)+sz[0])]", ((int)now.stk[ Index(((2*0)+((int)now.sz[0])), 4) ]));
#endif
		;
S_1241_0: /* 2 */
		now.sz[0] = (((int)now.sz[0])+1);
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1245_0;
S_1244_1: /* 3 */
S_1242_0: /* 2 */
		/* else */;
S_1243_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1245_0;
S_1244_2: /* 3 */
		Uerror("blocking sel in d_step (nr.6, near line 147)");
S_1245_0: /* 2 */
S_1246_0: /* 2 */
		now.intr[0] = 1;
#ifdef VAR_RANGES
		logval("intr[0]", ((int)now.intr[0]));
#endif
		;
S_1247_0: /* 2 */
		now.treqCur[0] = 1;
#ifdef VAR_RANGES
		logval("treqCur[0]", ((int)now.treqCur[0]));
#endif
		;
S_1248_0: /* 2 */
		now.tsTop[0] = ((int)now.stk[ Index((((2*0)+((int)now.sz[0]))-1), 4) ]);
#ifdef VAR_RANGES
		logval("tsTop[0]", ((int)now.tsTop[0]));
#endif
		;
S_1249_0: /* 2 */
		now.tsBelow[0] = ( ((((int)now.sz[0])>1)) ? (((int)now.stk[ Index((2*0), 4) ])) : (0) );
#ifdef VAR_RANGES
		logval("tsBelow[0]", ((int)now.tsBelow[0]));
#endif
		;
S_1250_0: /* 2 */
		now.chg[0] = 1;
#ifdef VAR_RANGES
		logval("chg[0]", ((int)now.chg[0]));
#endif
		;
		goto S_1256_0;
S_1256_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 69: // STATE 368 - transition.pml:199 - [(((sz[1]>0)&&(stk[(((2*1)+sz[1])-1)]==1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][368] = 1;
		if (!(((((int)now.sz[1])>0)&&(((int)now.stk[ Index((((2*1)+((int)now.sz[1]))-1), 4) ])==1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 70: // STATE 381 - transition.pml:146 - [D_STEP146]
		if (!(((boq == -1 && 0)) || (boq == -1 /* else */)))
			continue;

		reached[2][381] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1268_0: /* 2 */
S_1263_0: /* 2 */
		if (!(0))
			goto S_1268_1;
S_1264_0: /* 2 */
		now.stk[ Index(((2*1)+now.sz[1]), 4) ] = 1;
#ifdef VAR_RANGES
		logval("stk[((2*1)+sz[1])]", ((int)now.stk[ Index(((2*1)+((int)now.sz[1])), 4) ]));
#endif
		;
S_1265_0: /* 2 */
		now.sz[1] = (((int)now.sz[1])+1);
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1269_0;
S_1268_1: /* 3 */
S_1266_0: /* 2 */
		/* else */;
S_1267_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1269_0;
S_1268_2: /* 3 */
		Uerror("blocking sel in d_step (nr.7, near line 147)");
S_1269_0: /* 2 */
S_1270_0: /* 2 */
		now.intr[1] = 1;
#ifdef VAR_RANGES
		logval("intr[1]", ((int)now.intr[1]));
#endif
		;
S_1271_0: /* 2 */
		now.treqCur[1] = 1;
#ifdef VAR_RANGES
		logval("treqCur[1]", ((int)now.treqCur[1]));
#endif
		;
S_1272_0: /* 2 */
		now.tsTop[1] = ((int)now.stk[ Index((((2*1)+((int)now.sz[1]))-1), 4) ]);
#ifdef VAR_RANGES
		logval("tsTop[1]", ((int)now.tsTop[1]));
#endif
		;
S_1273_0: /* 2 */
		now.tsBelow[1] = ( ((((int)now.sz[1])>1)) ? (((int)now.stk[ Index((2*1), 4) ])) : (0) );
#ifdef VAR_RANGES
		logval("tsBelow[1]", ((int)now.tsBelow[1]));
#endif
		;
S_1274_0: /* 2 */
		now.chg[1] = 1;
#ifdef VAR_RANGES
		logval("chg[1]", ((int)now.chg[1]));
#endif
		;
		goto S_1280_0;
S_1280_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 71: // STATE 388 - transition.pml:213 - [on[1] = 0] (0:0:1 - 3)
		IfNotBlocked
		reached[2][388] = 1;
		(trpt+1)->bup.oval = ((int)now.on[1]);
		now.on[1] = 0;
#ifdef VAR_RANGES
		logval("on[1]", ((int)now.on[1]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 72: // STATE 392 - transition.pml:182 - [D_STEP182]
		IfNotBlocked

		reached[2][392] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1283_0: /* 2 */
		now.selfCheck = 1;
#ifdef VAR_RANGES
		logval("selfCheck", ((int)now.selfCheck));
#endif
		;
S_1284_0: /* 2 */
		now.chk[0] = (( (((int)now.pstCur[0])) ? (((int)now.pst[0])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[0]", ((int)now.chk[0]));
#endif
		;
S_1285_0: /* 2 */
		now.chk[1] = (( (((int)now.pstCur[1])) ? (((int)now.pst[1])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[1]", ((int)now.chk[1]));
#endif
		;
		goto S_1292_0;
S_1292_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 73: // STATE 401 - transition.pml:133 - [lock = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[2][401] = 1;
		(trpt+1)->bup.oval = ((int)now.lock);
		now.lock = 0;
#ifdef VAR_RANGES
		logval("lock", ((int)now.lock));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 74: // STATE 404 - transition.pml:132 - [(!(lock))] (749:0:1 - 1)
		IfNotBlocked
		reached[2][404] = 1;
		if (!( !(((int)now.lock))))
			continue;
		/* merge: lock = 1(0, 405, 749) */
		reached[2][405] = 1;
		(trpt+1)->bup.oval = ((int)now.lock);
		now.lock = 1;
#ifdef VAR_RANGES
		logval("lock", ((int)now.lock));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 75: // STATE 408 - transition.pml:519 - [((tpatch==2))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][408] = 1;
		if (!((((int)now.tpatch)==2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 76: // STATE 412 - transition.pml:519 - [D_STEP519]
		IfNotBlocked

		reached[2][412] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1303_0: /* 2 */
		forced[2] = 1;
#ifdef VAR_RANGES
		logval("forced[2]", ((int)forced[2]));
#endif
		;
S_1304_0: /* 2 */
		now.tforced = 1;
#ifdef VAR_RANGES
		logval("tforced", ((int)now.tforced));
#endif
		;
S_1305_0: /* 2 */
		now.forcedEver = 1;
#ifdef VAR_RANGES
		logval("forcedEver", ((int)now.forcedEver));
#endif
		;
		goto S_1640_0;
S_1640_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 77: // STATE 413 - transition.pml:294 - [wall = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[2][413] = 1;
		(trpt+1)->bup.oval = ((int)now.wall);
		now.wall = 1;
#ifdef VAR_RANGES
		logval("wall", ((int)now.wall));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 78: // STATE 414 - transition.pml:296 - [(tforced)] (0:0:0 - 1)
		IfNotBlocked
		reached[2][414] = 1;
		if (!(((int)now.tforced)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 79: // STATE 443 - transition.pml:259 - [D_STEP259]
		if (!(((boq == -1 && ((int)now.chg[0]))) || (boq == -1 /* else */)))
			continue;

		reached[2][443] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1335_0: /* 2 */
S_1309_0: /* 2 */
		if (!(((int)now.chg[0])))
			goto S_1335_1;
S_1328_0: /* 2 */
S_1310_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_1328_1;
S_1325_0: /* 2 */
S_1323_0: /* 2 */
S_1311_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index(((2*0)+1), 4) ])==((int)now.tpatch)))))
			goto S_1323_1;
S_1312_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_1313_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1324_0;
S_1323_1: /* 3 */
S_1314_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_1323_2;
S_1315_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = ((int)now.stk[ Index(((2*0)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_1316_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_1317_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1324_0;
S_1323_2: /* 3 */
S_1318_0: /* 2 */
		if (!(((((int)now.sz[0])==1)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_1323_3;
S_1319_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_1320_0: /* 2 */
		now.sz[0] = 0;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1324_0;
S_1323_3: /* 3 */
S_1321_0: /* 2 */
		/* else */;
S_1322_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1324_0;
S_1323_4: /* 3 */
		Uerror("blocking sel in d_step (nr.8, near line 157)");
S_1324_0: /* 2 */
		goto S_1329_0;
S_1328_1: /* 3 */
S_1326_0: /* 2 */
		/* else */;
S_1327_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1329_0;
S_1328_2: /* 3 */
		Uerror("blocking sel in d_step (nr.9, near line 262)");
S_1329_0: /* 2 */
S_1330_0: /* 2 */
		now.intr[0] = 0;
#ifdef VAR_RANGES
		logval("intr[0]", ((int)now.intr[0]));
#endif
		;
S_1331_0: /* 2 */
		now.settled[0] = ( ((((int)now.wtgt)==1)) ? (1) : (0) );
#ifdef VAR_RANGES
		logval("settled[0]", ((int)now.settled[0]));
#endif
		;
S_1332_0: /* 2 */
		now.chg[0] = 0;
#ifdef VAR_RANGES
		logval("chg[0]", ((int)now.chg[0]));
#endif
		;
		goto S_1336_0;
S_1335_1: /* 3 */
S_1333_0: /* 2 */
		/* else */;
S_1334_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1336_0;
S_1335_2: /* 3 */
		Uerror("blocking sel in d_step (nr.10, near line 260)");
S_1336_0: /* 2 */
		goto S_1358_0;
S_1358_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 80: // STATE 464 - transition.pml:267 - [D_STEP267]
		if (!(((boq == -1 && ((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(0==1))))) || (boq == -1 /* else */)))
			continue;

		reached[2][464] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1356_0: /* 2 */
S_1338_0: /* 2 */
		if (!(((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(0==1)))))
			goto S_1356_1;
S_1353_0: /* 2 */
S_1351_0: /* 2 */
S_1339_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index(((2*0)+1), 4) ])==((int)now.tpatch)))))
			goto S_1351_1;
S_1340_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_1341_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1352_0;
S_1351_1: /* 3 */
S_1342_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_1351_2;
S_1343_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = ((int)now.stk[ Index(((2*0)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_1344_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_1345_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1352_0;
S_1351_2: /* 3 */
S_1346_0: /* 2 */
		if (!(((((int)now.sz[0])==1)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_1351_3;
S_1347_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_1348_0: /* 2 */
		now.sz[0] = 0;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1352_0;
S_1351_3: /* 3 */
S_1349_0: /* 2 */
		/* else */;
S_1350_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1352_0;
S_1351_4: /* 3 */
		Uerror("blocking sel in d_step (nr.11, near line 157)");
S_1352_0: /* 2 */
		goto S_1357_0;
S_1356_1: /* 3 */
S_1354_0: /* 2 */
		/* else */;
S_1355_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1357_0;
S_1356_2: /* 3 */
		Uerror("blocking sel in d_step (nr.12, near line 268)");
S_1357_0: /* 2 */
		goto S_1410_0;
S_1410_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 81: // STATE 494 - transition.pml:259 - [D_STEP259]
		if (!(((boq == -1 && ((int)now.chg[1]))) || (boq == -1 /* else */)))
			continue;

		reached[2][494] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1386_0: /* 2 */
S_1360_0: /* 2 */
		if (!(((int)now.chg[1])))
			goto S_1386_1;
S_1379_0: /* 2 */
S_1361_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_1379_1;
S_1376_0: /* 2 */
S_1374_0: /* 2 */
S_1362_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index(((2*1)+1), 4) ])==((int)now.tpatch)))))
			goto S_1374_1;
S_1363_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_1364_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1375_0;
S_1374_1: /* 3 */
S_1365_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_1374_2;
S_1366_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = ((int)now.stk[ Index(((2*1)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_1367_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_1368_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1375_0;
S_1374_2: /* 3 */
S_1369_0: /* 2 */
		if (!(((((int)now.sz[1])==1)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_1374_3;
S_1370_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_1371_0: /* 2 */
		now.sz[1] = 0;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1375_0;
S_1374_3: /* 3 */
S_1372_0: /* 2 */
		/* else */;
S_1373_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1375_0;
S_1374_4: /* 3 */
		Uerror("blocking sel in d_step (nr.13, near line 157)");
S_1375_0: /* 2 */
		goto S_1380_0;
S_1379_1: /* 3 */
S_1377_0: /* 2 */
		/* else */;
S_1378_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1380_0;
S_1379_2: /* 3 */
		Uerror("blocking sel in d_step (nr.14, near line 262)");
S_1380_0: /* 2 */
S_1381_0: /* 2 */
		now.intr[1] = 0;
#ifdef VAR_RANGES
		logval("intr[1]", ((int)now.intr[1]));
#endif
		;
S_1382_0: /* 2 */
		now.settled[1] = ( ((((int)now.wtgt)==1)) ? (1) : (0) );
#ifdef VAR_RANGES
		logval("settled[1]", ((int)now.settled[1]));
#endif
		;
S_1383_0: /* 2 */
		now.chg[1] = 0;
#ifdef VAR_RANGES
		logval("chg[1]", ((int)now.chg[1]));
#endif
		;
		goto S_1387_0;
S_1386_1: /* 3 */
S_1384_0: /* 2 */
		/* else */;
S_1385_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1387_0;
S_1386_2: /* 3 */
		Uerror("blocking sel in d_step (nr.15, near line 260)");
S_1387_0: /* 2 */
		goto S_1409_0;
S_1409_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 82: // STATE 515 - transition.pml:267 - [D_STEP267]
		if (!(((boq == -1 && ((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(1==1))))) || (boq == -1 /* else */)))
			continue;

		reached[2][515] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1407_0: /* 2 */
S_1389_0: /* 2 */
		if (!(((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(1==1)))))
			goto S_1407_1;
S_1404_0: /* 2 */
S_1402_0: /* 2 */
S_1390_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index(((2*1)+1), 4) ])==((int)now.tpatch)))))
			goto S_1402_1;
S_1391_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_1392_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1403_0;
S_1402_1: /* 3 */
S_1393_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_1402_2;
S_1394_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = ((int)now.stk[ Index(((2*1)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_1395_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_1396_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1403_0;
S_1402_2: /* 3 */
S_1397_0: /* 2 */
		if (!(((((int)now.sz[1])==1)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_1402_3;
S_1398_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_1399_0: /* 2 */
		now.sz[1] = 0;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1403_0;
S_1402_3: /* 3 */
S_1400_0: /* 2 */
		/* else */;
S_1401_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1403_0;
S_1402_4: /* 3 */
		Uerror("blocking sel in d_step (nr.16, near line 157)");
S_1403_0: /* 2 */
		goto S_1408_0;
S_1407_1: /* 3 */
S_1405_0: /* 2 */
		/* else */;
S_1406_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1408_0;
S_1407_2: /* 3 */
		Uerror("blocking sel in d_step (nr.17, near line 268)");
S_1408_0: /* 2 */
		goto S_1411_0;
S_1411_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 83: // STATE 517 - transition.pml:279 - [assert((!(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1]))))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][517] = 1;
		spin_assert(( !(((int)now.reversed))||((((((((int)now.stk[0])==((int)now.snap[0]))&&(((int)now.stk[1])==((int)now.snap[1])))&&(((int)now.stk[2])==((int)now.snap[2])))&&(((int)now.stk[3])==((int)now.snap[3])))&&(((int)now.sz[0])==((int)now.snapsz[0])))&&(((int)now.sz[1])==((int)now.snapsz[1])))), "( !(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1])))", II, tt, t);
		_m = 3; goto P999; /* 0 */
	case 84: // STATE 563 - transition.pml:280 - [D_STEP280]
		if (!(((boq == -1 && (((int)now.treqCur[0])&& !(((int)now.intr[0]))))) || (boq == -1 /* else */)))
			continue;

		reached[2][563] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;


		reached[2][563] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		sv_save();
		S_1436_0: /* 2 */
S_1423_0: /* 2 */
S_1421_0: /* 2 */
S_1412_0: /* 2 */
		if (!((((int)now.treqCur[0])&& !(((int)now.intr[0])))))
			goto S_1421_1;
S_1417_0: /* 2 */
S_1413_0: /* 2 */
		if (!((((int)now.settled[0])==1)))
			goto S_1417_1;
S_1414_0: /* 2 */
		now.tsBelow[0] = 7;
#ifdef VAR_RANGES
		logval("tsBelow[0]", ((int)now.tsBelow[0]));
#endif
		;
		goto S_1418_0;
S_1417_1: /* 3 */
S_1415_0: /* 2 */
		/* else */;
S_1416_0: /* 2 */
		now.tsTop[0] = 7;
#ifdef VAR_RANGES
		logval("tsTop[0]", ((int)now.tsTop[0]));
#endif
		;
		goto S_1418_0;
S_1417_2: /* 3 */
		Uerror("blocking sel in d_step (nr.18, near line 247)");
S_1418_0: /* 2 */
		goto S_1422_0;
S_1421_1: /* 3 */
S_1419_0: /* 2 */
		/* else */;
S_1420_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1422_0;
S_1421_2: /* 3 */
		Uerror("blocking sel in d_step (nr.19, near line 246)");
S_1422_0: /* 2 */
		goto S_1435_0;
S_1435_0: /* 2 */
S_1433_0: /* 2 */
S_1424_0: /* 2 */
		if (!((((int)now.treqCur[1])&& !(((int)now.intr[1])))))
			goto S_1433_1;
S_1429_0: /* 2 */
S_1425_0: /* 2 */
		if (!((((int)now.settled[1])==1)))
			goto S_1429_1;
S_1426_0: /* 2 */
		now.tsBelow[1] = 7;
#ifdef VAR_RANGES
		logval("tsBelow[1]", ((int)now.tsBelow[1]));
#endif
		;
		goto S_1430_0;
S_1429_1: /* 3 */
S_1427_0: /* 2 */
		/* else */;
S_1428_0: /* 2 */
		now.tsTop[1] = 7;
#ifdef VAR_RANGES
		logval("tsTop[1]", ((int)now.tsTop[1]));
#endif
		;
		goto S_1430_0;
S_1429_2: /* 3 */
		Uerror("blocking sel in d_step (nr.20, near line 247)");
S_1430_0: /* 2 */
		goto S_1434_0;
S_1433_1: /* 3 */
S_1431_0: /* 2 */
		/* else */;
S_1432_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1434_0;
S_1433_2: /* 3 */
		Uerror("blocking sel in d_step (nr.21, near line 246)");
S_1434_0: /* 2 */
		goto S_1441_0;
S_1441_0: /* 2 */
S_1437_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_1441_1;
S_1438_0: /* 2 */
		now.pu[ Index(now.tpatch, 3) ] = 1;
#ifdef VAR_RANGES
		logval("pu[tpatch]", ((int)now.pu[ Index(((int)now.tpatch), 3) ]));
#endif
		;
		goto S_1442_0;
S_1441_1: /* 3 */
S_1439_0: /* 2 */
		/* else */;
S_1440_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1442_0;
S_1441_2: /* 3 */
		Uerror("blocking sel in d_step (nr.22, near line 282)");
S_1442_0: /* 2 */
S_1443_0: /* 2 */
		now.selfCheck = 0;
#ifdef VAR_RANGES
		logval("selfCheck", ((int)now.selfCheck));
#endif
		;
S_1444_0: /* 2 */
		now.pending = 0;
#ifdef VAR_RANGES
		logval("pending", ((int)now.pending));
#endif
		;
S_1445_0: /* 2 */
		now.tpatch = 0;
#ifdef VAR_RANGES
		logval("tpatch", ((int)now.tpatch));
#endif
		;
S_1446_0: /* 2 */
		now.synced = 0;
#ifdef VAR_RANGES
		logval("synced", ((int)now.synced));
#endif
		;
S_1447_0: /* 2 */
		now.tforced = 0;
#ifdef VAR_RANGES
		logval("tforced", ((int)now.tforced));
#endif
		;
S_1448_0: /* 2 */
		now.completing = 0;
#ifdef VAR_RANGES
		logval("completing", ((int)now.completing));
#endif
		;
S_1449_0: /* 2 */
		now.snap[0] = 0;
#ifdef VAR_RANGES
		logval("snap[0]", ((int)now.snap[0]));
#endif
		;
S_1450_0: /* 2 */
		now.snap[1] = 0;
#ifdef VAR_RANGES
		logval("snap[1]", ((int)now.snap[1]));
#endif
		;
S_1451_0: /* 2 */
		now.snap[2] = 0;
#ifdef VAR_RANGES
		logval("snap[2]", ((int)now.snap[2]));
#endif
		;
S_1452_0: /* 2 */
		now.snap[3] = 0;
#ifdef VAR_RANGES
		logval("snap[3]", ((int)now.snap[3]));
#endif
		;
S_1453_0: /* 2 */
		now.snapsz[0] = 0;
#ifdef VAR_RANGES
		logval("snapsz[0]", ((int)now.snapsz[0]));
#endif
		;
S_1454_0: /* 2 */
		now.snapsz[1] = 0;
#ifdef VAR_RANGES
		logval("snapsz[1]", ((int)now.snapsz[1]));
#endif
		;
S_1455_0: /* 2 */
		now.rounds = 0;
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
S_1456_0: /* 2 */
		now.reversed = 0;
#ifdef VAR_RANGES
		logval("reversed", ((int)now.reversed));
#endif
		;
		goto S_1639_0;
S_1639_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 85: // STATE 571 - transition.pml:237 - [D_STEP237]
		if (!(boq == -1 &&  !(((int)now.gpLock))))
			continue;

		reached[2][571] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1460_0: /* 2 */
		if (!( !(((int)now.gpLock))))
			Uerror("block in d_step seq");
S_1461_0: /* 2 */
		now.gpLock = 1;
#ifdef VAR_RANGES
		logval("gpLock", ((int)now.gpLock));
#endif
		;
S_1462_0: /* 2 */
		now.ann[0] = ( ((((int)now.ann[0])!=0)) ? (2) : (0) );
#ifdef VAR_RANGES
		logval("ann[0]", ((int)now.ann[0]));
#endif
		;
S_1463_0: /* 2 */
		now.ann[1] = ( ((((int)now.ann[1])!=0)) ? (2) : (0) );
#ifdef VAR_RANGES
		logval("ann[1]", ((int)now.ann[1]));
#endif
		;
S_1464_0: /* 2 */
		now.synced = 1;
#ifdef VAR_RANGES
		logval("synced", ((int)now.synced));
#endif
		;
		goto S_1472_0;
S_1472_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 86: // STATE 572 - transition.pml:229 - [((ann[0]!=2))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][572] = 1;
		if (!((((int)now.ann[0])!=2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 87: // STATE 574 - transition.pml:231 - [((ann[0]==2))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][574] = 1;
		if (!((((int)now.ann[0])==2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 88: // STATE 575 - transition.pml:231 - [synced = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[2][575] = 1;
		(trpt+1)->bup.oval = ((int)now.synced);
		now.synced = 0;
#ifdef VAR_RANGES
		logval("synced", ((int)now.synced));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 89: // STATE 579 - transition.pml:229 - [((ann[1]!=2))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][579] = 1;
		if (!((((int)now.ann[1])!=2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 90: // STATE 581 - transition.pml:231 - [((ann[1]==2))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][581] = 1;
		if (!((((int)now.ann[1])==2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 91: // STATE 582 - transition.pml:231 - [synced = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[2][582] = 1;
		(trpt+1)->bup.oval = ((int)now.synced);
		now.synced = 0;
#ifdef VAR_RANGES
		logval("synced", ((int)now.synced));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 92: // STATE 586 - transition.pml:240 - [gpLock = 0] (0:0:1 - 3)
		IfNotBlocked
		reached[2][586] = 1;
		(trpt+1)->bup.oval = ((int)now.gpLock);
		now.gpLock = 0;
#ifdef VAR_RANGES
		logval("gpLock", ((int)now.gpLock));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 93: // STATE 588 - transition.pml:301 - [(!(synced))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][588] = 1;
		if (!( !(((int)now.synced))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 94: // STATE 589 - transition.pml:301 - [completing = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[2][589] = 1;
		(trpt+1)->bup.oval = ((int)now.completing);
		now.completing = 1;
#ifdef VAR_RANGES
		logval("completing", ((int)now.completing));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 95: // STATE 590 - transition.pml:301 - [synced = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[2][590] = 1;
		(trpt+1)->bup.oval = ((int)now.synced);
		now.synced = 0;
#ifdef VAR_RANGES
		logval("synced", ((int)now.synced));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 96: // STATE 620 - transition.pml:259 - [D_STEP259]
		if (!(((boq == -1 && ((int)now.chg[0]))) || (boq == -1 /* else */)))
			continue;

		reached[2][620] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1512_0: /* 2 */
S_1486_0: /* 2 */
		if (!(((int)now.chg[0])))
			goto S_1512_1;
S_1505_0: /* 2 */
S_1487_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_1505_1;
S_1502_0: /* 2 */
S_1500_0: /* 2 */
S_1488_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index(((2*0)+1), 4) ])==((int)now.tpatch)))))
			goto S_1500_1;
S_1489_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_1490_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1501_0;
S_1500_1: /* 3 */
S_1491_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_1500_2;
S_1492_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = ((int)now.stk[ Index(((2*0)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_1493_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_1494_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1501_0;
S_1500_2: /* 3 */
S_1495_0: /* 2 */
		if (!(((((int)now.sz[0])==1)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_1500_3;
S_1496_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_1497_0: /* 2 */
		now.sz[0] = 0;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1501_0;
S_1500_3: /* 3 */
S_1498_0: /* 2 */
		/* else */;
S_1499_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1501_0;
S_1500_4: /* 3 */
		Uerror("blocking sel in d_step (nr.23, near line 157)");
S_1501_0: /* 2 */
		goto S_1506_0;
S_1505_1: /* 3 */
S_1503_0: /* 2 */
		/* else */;
S_1504_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1506_0;
S_1505_2: /* 3 */
		Uerror("blocking sel in d_step (nr.24, near line 262)");
S_1506_0: /* 2 */
S_1507_0: /* 2 */
		now.intr[0] = 0;
#ifdef VAR_RANGES
		logval("intr[0]", ((int)now.intr[0]));
#endif
		;
S_1508_0: /* 2 */
		now.settled[0] = ( ((((int)now.wtgt)==1)) ? (1) : (0) );
#ifdef VAR_RANGES
		logval("settled[0]", ((int)now.settled[0]));
#endif
		;
S_1509_0: /* 2 */
		now.chg[0] = 0;
#ifdef VAR_RANGES
		logval("chg[0]", ((int)now.chg[0]));
#endif
		;
		goto S_1513_0;
S_1512_1: /* 3 */
S_1510_0: /* 2 */
		/* else */;
S_1511_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1513_0;
S_1512_2: /* 3 */
		Uerror("blocking sel in d_step (nr.25, near line 260)");
S_1513_0: /* 2 */
		goto S_1535_0;
S_1535_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 97: // STATE 641 - transition.pml:267 - [D_STEP267]
		if (!(((boq == -1 && ((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(0==1))))) || (boq == -1 /* else */)))
			continue;

		reached[2][641] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1533_0: /* 2 */
S_1515_0: /* 2 */
		if (!(((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(0==1)))))
			goto S_1533_1;
S_1530_0: /* 2 */
S_1528_0: /* 2 */
S_1516_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index(((2*0)+1), 4) ])==((int)now.tpatch)))))
			goto S_1528_1;
S_1517_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_1518_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1529_0;
S_1528_1: /* 3 */
S_1519_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_1528_2;
S_1520_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = ((int)now.stk[ Index(((2*0)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_1521_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_1522_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1529_0;
S_1528_2: /* 3 */
S_1523_0: /* 2 */
		if (!(((((int)now.sz[0])==1)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_1528_3;
S_1524_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_1525_0: /* 2 */
		now.sz[0] = 0;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1529_0;
S_1528_3: /* 3 */
S_1526_0: /* 2 */
		/* else */;
S_1527_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1529_0;
S_1528_4: /* 3 */
		Uerror("blocking sel in d_step (nr.26, near line 157)");
S_1529_0: /* 2 */
		goto S_1534_0;
S_1533_1: /* 3 */
S_1531_0: /* 2 */
		/* else */;
S_1532_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1534_0;
S_1533_2: /* 3 */
		Uerror("blocking sel in d_step (nr.27, near line 268)");
S_1534_0: /* 2 */
		goto S_1587_0;
S_1587_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 98: // STATE 671 - transition.pml:259 - [D_STEP259]
		if (!(((boq == -1 && ((int)now.chg[1]))) || (boq == -1 /* else */)))
			continue;

		reached[2][671] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1563_0: /* 2 */
S_1537_0: /* 2 */
		if (!(((int)now.chg[1])))
			goto S_1563_1;
S_1556_0: /* 2 */
S_1538_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_1556_1;
S_1553_0: /* 2 */
S_1551_0: /* 2 */
S_1539_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index(((2*1)+1), 4) ])==((int)now.tpatch)))))
			goto S_1551_1;
S_1540_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_1541_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1552_0;
S_1551_1: /* 3 */
S_1542_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_1551_2;
S_1543_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = ((int)now.stk[ Index(((2*1)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_1544_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_1545_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1552_0;
S_1551_2: /* 3 */
S_1546_0: /* 2 */
		if (!(((((int)now.sz[1])==1)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_1551_3;
S_1547_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_1548_0: /* 2 */
		now.sz[1] = 0;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1552_0;
S_1551_3: /* 3 */
S_1549_0: /* 2 */
		/* else */;
S_1550_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1552_0;
S_1551_4: /* 3 */
		Uerror("blocking sel in d_step (nr.28, near line 157)");
S_1552_0: /* 2 */
		goto S_1557_0;
S_1556_1: /* 3 */
S_1554_0: /* 2 */
		/* else */;
S_1555_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1557_0;
S_1556_2: /* 3 */
		Uerror("blocking sel in d_step (nr.29, near line 262)");
S_1557_0: /* 2 */
S_1558_0: /* 2 */
		now.intr[1] = 0;
#ifdef VAR_RANGES
		logval("intr[1]", ((int)now.intr[1]));
#endif
		;
S_1559_0: /* 2 */
		now.settled[1] = ( ((((int)now.wtgt)==1)) ? (1) : (0) );
#ifdef VAR_RANGES
		logval("settled[1]", ((int)now.settled[1]));
#endif
		;
S_1560_0: /* 2 */
		now.chg[1] = 0;
#ifdef VAR_RANGES
		logval("chg[1]", ((int)now.chg[1]));
#endif
		;
		goto S_1564_0;
S_1563_1: /* 3 */
S_1561_0: /* 2 */
		/* else */;
S_1562_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1564_0;
S_1563_2: /* 3 */
		Uerror("blocking sel in d_step (nr.30, near line 260)");
S_1564_0: /* 2 */
		goto S_1586_0;
S_1586_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 99: // STATE 692 - transition.pml:267 - [D_STEP267]
		if (!(((boq == -1 && ((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(1==1))))) || (boq == -1 /* else */)))
			continue;

		reached[2][692] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1584_0: /* 2 */
S_1566_0: /* 2 */
		if (!(((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(1==1)))))
			goto S_1584_1;
S_1581_0: /* 2 */
S_1579_0: /* 2 */
S_1567_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index(((2*1)+1), 4) ])==((int)now.tpatch)))))
			goto S_1579_1;
S_1568_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_1569_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1580_0;
S_1579_1: /* 3 */
S_1570_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_1579_2;
S_1571_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = ((int)now.stk[ Index(((2*1)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_1572_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_1573_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1580_0;
S_1579_2: /* 3 */
S_1574_0: /* 2 */
		if (!(((((int)now.sz[1])==1)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_1579_3;
S_1575_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_1576_0: /* 2 */
		now.sz[1] = 0;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1580_0;
S_1579_3: /* 3 */
S_1577_0: /* 2 */
		/* else */;
S_1578_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1580_0;
S_1579_4: /* 3 */
		Uerror("blocking sel in d_step (nr.31, near line 157)");
S_1580_0: /* 2 */
		goto S_1585_0;
S_1584_1: /* 3 */
S_1582_0: /* 2 */
		/* else */;
S_1583_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1585_0;
S_1584_2: /* 3 */
		Uerror("blocking sel in d_step (nr.32, near line 268)");
S_1585_0: /* 2 */
		goto S_1588_0;
S_1588_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 100: // STATE 694 - transition.pml:279 - [assert((!(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1]))))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][694] = 1;
		spin_assert(( !(((int)now.reversed))||((((((((int)now.stk[0])==((int)now.snap[0]))&&(((int)now.stk[1])==((int)now.snap[1])))&&(((int)now.stk[2])==((int)now.snap[2])))&&(((int)now.stk[3])==((int)now.snap[3])))&&(((int)now.sz[0])==((int)now.snapsz[0])))&&(((int)now.sz[1])==((int)now.snapsz[1])))), "( !(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1])))", II, tt, t);
		_m = 3; goto P999; /* 0 */
	case 101: // STATE 740 - transition.pml:280 - [D_STEP280]
		if (!(((boq == -1 && (((int)now.treqCur[0])&& !(((int)now.intr[0]))))) || (boq == -1 /* else */)))
			continue;

		reached[2][740] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;


		reached[2][740] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		sv_save();
		S_1613_0: /* 2 */
S_1600_0: /* 2 */
S_1598_0: /* 2 */
S_1589_0: /* 2 */
		if (!((((int)now.treqCur[0])&& !(((int)now.intr[0])))))
			goto S_1598_1;
S_1594_0: /* 2 */
S_1590_0: /* 2 */
		if (!((((int)now.settled[0])==1)))
			goto S_1594_1;
S_1591_0: /* 2 */
		now.tsBelow[0] = 7;
#ifdef VAR_RANGES
		logval("tsBelow[0]", ((int)now.tsBelow[0]));
#endif
		;
		goto S_1595_0;
S_1594_1: /* 3 */
S_1592_0: /* 2 */
		/* else */;
S_1593_0: /* 2 */
		now.tsTop[0] = 7;
#ifdef VAR_RANGES
		logval("tsTop[0]", ((int)now.tsTop[0]));
#endif
		;
		goto S_1595_0;
S_1594_2: /* 3 */
		Uerror("blocking sel in d_step (nr.33, near line 247)");
S_1595_0: /* 2 */
		goto S_1599_0;
S_1598_1: /* 3 */
S_1596_0: /* 2 */
		/* else */;
S_1597_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1599_0;
S_1598_2: /* 3 */
		Uerror("blocking sel in d_step (nr.34, near line 246)");
S_1599_0: /* 2 */
		goto S_1612_0;
S_1612_0: /* 2 */
S_1610_0: /* 2 */
S_1601_0: /* 2 */
		if (!((((int)now.treqCur[1])&& !(((int)now.intr[1])))))
			goto S_1610_1;
S_1606_0: /* 2 */
S_1602_0: /* 2 */
		if (!((((int)now.settled[1])==1)))
			goto S_1606_1;
S_1603_0: /* 2 */
		now.tsBelow[1] = 7;
#ifdef VAR_RANGES
		logval("tsBelow[1]", ((int)now.tsBelow[1]));
#endif
		;
		goto S_1607_0;
S_1606_1: /* 3 */
S_1604_0: /* 2 */
		/* else */;
S_1605_0: /* 2 */
		now.tsTop[1] = 7;
#ifdef VAR_RANGES
		logval("tsTop[1]", ((int)now.tsTop[1]));
#endif
		;
		goto S_1607_0;
S_1606_2: /* 3 */
		Uerror("blocking sel in d_step (nr.35, near line 247)");
S_1607_0: /* 2 */
		goto S_1611_0;
S_1610_1: /* 3 */
S_1608_0: /* 2 */
		/* else */;
S_1609_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1611_0;
S_1610_2: /* 3 */
		Uerror("blocking sel in d_step (nr.36, near line 246)");
S_1611_0: /* 2 */
		goto S_1618_0;
S_1618_0: /* 2 */
S_1614_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_1618_1;
S_1615_0: /* 2 */
		now.pu[ Index(now.tpatch, 3) ] = 1;
#ifdef VAR_RANGES
		logval("pu[tpatch]", ((int)now.pu[ Index(((int)now.tpatch), 3) ]));
#endif
		;
		goto S_1619_0;
S_1618_1: /* 3 */
S_1616_0: /* 2 */
		/* else */;
S_1617_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1619_0;
S_1618_2: /* 3 */
		Uerror("blocking sel in d_step (nr.37, near line 282)");
S_1619_0: /* 2 */
S_1620_0: /* 2 */
		now.selfCheck = 0;
#ifdef VAR_RANGES
		logval("selfCheck", ((int)now.selfCheck));
#endif
		;
S_1621_0: /* 2 */
		now.pending = 0;
#ifdef VAR_RANGES
		logval("pending", ((int)now.pending));
#endif
		;
S_1622_0: /* 2 */
		now.tpatch = 0;
#ifdef VAR_RANGES
		logval("tpatch", ((int)now.tpatch));
#endif
		;
S_1623_0: /* 2 */
		now.synced = 0;
#ifdef VAR_RANGES
		logval("synced", ((int)now.synced));
#endif
		;
S_1624_0: /* 2 */
		now.tforced = 0;
#ifdef VAR_RANGES
		logval("tforced", ((int)now.tforced));
#endif
		;
S_1625_0: /* 2 */
		now.completing = 0;
#ifdef VAR_RANGES
		logval("completing", ((int)now.completing));
#endif
		;
S_1626_0: /* 2 */
		now.snap[0] = 0;
#ifdef VAR_RANGES
		logval("snap[0]", ((int)now.snap[0]));
#endif
		;
S_1627_0: /* 2 */
		now.snap[1] = 0;
#ifdef VAR_RANGES
		logval("snap[1]", ((int)now.snap[1]));
#endif
		;
S_1628_0: /* 2 */
		now.snap[2] = 0;
#ifdef VAR_RANGES
		logval("snap[2]", ((int)now.snap[2]));
#endif
		;
S_1629_0: /* 2 */
		now.snap[3] = 0;
#ifdef VAR_RANGES
		logval("snap[3]", ((int)now.snap[3]));
#endif
		;
S_1630_0: /* 2 */
		now.snapsz[0] = 0;
#ifdef VAR_RANGES
		logval("snapsz[0]", ((int)now.snapsz[0]));
#endif
		;
S_1631_0: /* 2 */
		now.snapsz[1] = 0;
#ifdef VAR_RANGES
		logval("snapsz[1]", ((int)now.snapsz[1]));
#endif
		;
S_1632_0: /* 2 */
		now.rounds = 0;
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
S_1633_0: /* 2 */
		now.reversed = 0;
#ifdef VAR_RANGES
		logval("reversed", ((int)now.reversed));
#endif
		;
		goto S_1637_0;
S_1637_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 102: // STATE 751 - transition.pml:133 - [lock = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[2][751] = 1;
		(trpt+1)->bup.oval = ((int)now.lock);
		now.lock = 0;
#ifdef VAR_RANGES
		logval("lock", ((int)now.lock));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 103: // STATE 757 - transition.pml:593 - [opsRunning = (opsRunning-1)] (0:0:1 - 4)
		IfNotBlocked
		reached[2][757] = 1;
		(trpt+1)->bup.oval = ((int)now.opsRunning);
		now.opsRunning = (((int)now.opsRunning)-1);
#ifdef VAR_RANGES
		logval("opsRunning", ((int)now.opsRunning));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 104: // STATE 758 - transition.pml:594 - [-end-] (0:0:0 - 1)
		IfNotBlocked
		reached[2][758] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* PROC Driver */
	case 105: // STATE 1 - transition.pml:477 - [(((!(lock)&&(tpatch!=0))&&!(completing)))] (396:0:1 - 1)
		IfNotBlocked
		reached[1][1] = 1;
		if (!((( !(((int)now.lock))&&(((int)now.tpatch)!=0))&& !(((int)now.completing)))))
			continue;
		/* merge: lock = 1(0, 2, 396) */
		reached[1][2] = 1;
		(trpt+1)->bup.oval = ((int)now.lock);
		now.lock = 1;
#ifdef VAR_RANGES
		logval("lock", ((int)now.lock));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 106: // STATE 4 - transition.pml:478 - [(((tpatch!=0)&&!(completing)))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][4] = 1;
		if (!(((((int)now.tpatch)!=0)&& !(((int)now.completing)))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 107: // STATE 7 - transition.pml:312 - [D_STEP312]
		IfNotBlocked

		reached[1][7] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_304_0: /* 2 */
		now.held[0] = ((((int)now.fo[0])&&((int)now.chg[0]))||(((int)now.fin[0])&&((int)now.chg[1])));
#ifdef VAR_RANGES
		logval("held[0]", ((int)now.held[0]));
#endif
		;
S_305_0: /* 2 */
		now.held[1] = ((((int)now.fo[1])&&((int)now.chg[0]))||(((int)now.fin[1])&&((int)now.chg[1])));
#ifdef VAR_RANGES
		logval("held[1]", ((int)now.held[1]));
#endif
		;
		goto S_330_0;
S_330_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 108: // STATE 31 - transition.pml:316 - [D_STEP316]
		IfNotBlocked

		reached[1][31] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_307_0: /* 2 */
		now.all = 1;
#ifdef VAR_RANGES
		logval("all", ((int)now.all));
#endif
		;
S_316_0: /* 2 */
S_308_0: /* 2 */
		if (!((( (((int)now.pstCur[0])) ? (((int)now.pst[0])) : (((int)now.wbase)) )==((int)now.wtgt))))
			goto S_316_1;
S_309_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_317_0;
S_316_1: /* 3 */
S_310_0: /* 2 */
		if (!(((int)now.held[0])))
			goto S_316_2;
S_311_0: /* 2 */
		now.all = 0;
#ifdef VAR_RANGES
		logval("all", ((int)now.all));
#endif
		;
S_312_0: /* 2 */
		now.chk[0] = 1;
#ifdef VAR_RANGES
		logval("chk[0]", ((int)now.chk[0]));
#endif
		;
		goto S_317_0;
S_316_2: /* 3 */
S_313_0: /* 2 */
		/* else */;
S_314_0: /* 2 */
		now.pstCur[0] = 1;
#ifdef VAR_RANGES
		logval("pstCur[0]", ((int)now.pstCur[0]));
#endif
		;
S_315_0: /* 2 */
		now.pst[0] = ((int)now.wtgt);
#ifdef VAR_RANGES
		logval("pst[0]", ((int)now.pst[0]));
#endif
		;
		goto S_317_0;
S_316_3: /* 3 */
		Uerror("blocking sel in d_step (nr.38, near line 318)");
S_317_0: /* 2 */
S_326_0: /* 2 */
S_318_0: /* 2 */
		if (!((( (((int)now.pstCur[1])) ? (((int)now.pst[1])) : (((int)now.wbase)) )==((int)now.wtgt))))
			goto S_326_1;
S_319_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_327_0;
S_326_1: /* 3 */
S_320_0: /* 2 */
		if (!(((int)now.held[1])))
			goto S_326_2;
S_321_0: /* 2 */
		now.all = 0;
#ifdef VAR_RANGES
		logval("all", ((int)now.all));
#endif
		;
S_322_0: /* 2 */
		now.chk[1] = 1;
#ifdef VAR_RANGES
		logval("chk[1]", ((int)now.chk[1]));
#endif
		;
		goto S_327_0;
S_326_2: /* 3 */
S_323_0: /* 2 */
		/* else */;
S_324_0: /* 2 */
		now.pstCur[1] = 1;
#ifdef VAR_RANGES
		logval("pstCur[1]", ((int)now.pstCur[1]));
#endif
		;
S_325_0: /* 2 */
		now.pst[1] = ((int)now.wtgt);
#ifdef VAR_RANGES
		logval("pst[1]", ((int)now.pst[1]));
#endif
		;
		goto S_327_0;
S_326_3: /* 3 */
		Uerror("blocking sel in d_step (nr.39, near line 319)");
S_327_0: /* 2 */
S_328_0: /* 2 */
		now.held[0] = 0;
#ifdef VAR_RANGES
		logval("held[0]", ((int)now.held[0]));
#endif
		;
S_329_0: /* 2 */
		now.held[1] = 0;
#ifdef VAR_RANGES
		logval("held[1]", ((int)now.held[1]));
#endif
		;
		goto S_690_0;
S_690_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 109: // STATE 32 - transition.pml:323 - [(all)] (0:0:0 - 1)
		IfNotBlocked
		reached[1][32] = 1;
		if (!(((int)now.all)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 110: // STATE 33 - transition.pml:323 - [all = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[1][33] = 1;
		(trpt+1)->bup.oval = ((int)now.all);
		now.all = 0;
#ifdef VAR_RANGES
		logval("all", ((int)now.all));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 111: // STATE 34 - transition.pml:294 - [wall = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[1][34] = 1;
		(trpt+1)->bup.oval = ((int)now.wall);
		now.wall = 1;
#ifdef VAR_RANGES
		logval("wall", ((int)now.wall));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 112: // STATE 35 - transition.pml:296 - [(tforced)] (0:0:0 - 1)
		IfNotBlocked
		reached[1][35] = 1;
		if (!(((int)now.tforced)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 113: // STATE 64 - transition.pml:259 - [D_STEP259]
		if (!(((boq == -1 && ((int)now.chg[0]))) || (boq == -1 /* else */)))
			continue;

		reached[1][64] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_361_0: /* 2 */
S_335_0: /* 2 */
		if (!(((int)now.chg[0])))
			goto S_361_1;
S_354_0: /* 2 */
S_336_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_354_1;
S_351_0: /* 2 */
S_349_0: /* 2 */
S_337_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index(((2*0)+1), 4) ])==((int)now.tpatch)))))
			goto S_349_1;
S_338_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_339_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_350_0;
S_349_1: /* 3 */
S_340_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_349_2;
S_341_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = ((int)now.stk[ Index(((2*0)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_342_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_343_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_350_0;
S_349_2: /* 3 */
S_344_0: /* 2 */
		if (!(((((int)now.sz[0])==1)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_349_3;
S_345_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_346_0: /* 2 */
		now.sz[0] = 0;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_350_0;
S_349_3: /* 3 */
S_347_0: /* 2 */
		/* else */;
S_348_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_350_0;
S_349_4: /* 3 */
		Uerror("blocking sel in d_step (nr.40, near line 157)");
S_350_0: /* 2 */
		goto S_355_0;
S_354_1: /* 3 */
S_352_0: /* 2 */
		/* else */;
S_353_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_355_0;
S_354_2: /* 3 */
		Uerror("blocking sel in d_step (nr.41, near line 262)");
S_355_0: /* 2 */
S_356_0: /* 2 */
		now.intr[0] = 0;
#ifdef VAR_RANGES
		logval("intr[0]", ((int)now.intr[0]));
#endif
		;
S_357_0: /* 2 */
		now.settled[0] = ( ((((int)now.wtgt)==1)) ? (1) : (0) );
#ifdef VAR_RANGES
		logval("settled[0]", ((int)now.settled[0]));
#endif
		;
S_358_0: /* 2 */
		now.chg[0] = 0;
#ifdef VAR_RANGES
		logval("chg[0]", ((int)now.chg[0]));
#endif
		;
		goto S_362_0;
S_361_1: /* 3 */
S_359_0: /* 2 */
		/* else */;
S_360_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_362_0;
S_361_2: /* 3 */
		Uerror("blocking sel in d_step (nr.42, near line 260)");
S_362_0: /* 2 */
		goto S_384_0;
S_384_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 114: // STATE 85 - transition.pml:267 - [D_STEP267]
		if (!(((boq == -1 && ((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(0==1))))) || (boq == -1 /* else */)))
			continue;

		reached[1][85] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_382_0: /* 2 */
S_364_0: /* 2 */
		if (!(((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(0==1)))))
			goto S_382_1;
S_379_0: /* 2 */
S_377_0: /* 2 */
S_365_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index(((2*0)+1), 4) ])==((int)now.tpatch)))))
			goto S_377_1;
S_366_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_367_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_378_0;
S_377_1: /* 3 */
S_368_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_377_2;
S_369_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = ((int)now.stk[ Index(((2*0)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_370_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_371_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_378_0;
S_377_2: /* 3 */
S_372_0: /* 2 */
		if (!(((((int)now.sz[0])==1)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_377_3;
S_373_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_374_0: /* 2 */
		now.sz[0] = 0;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_378_0;
S_377_3: /* 3 */
S_375_0: /* 2 */
		/* else */;
S_376_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_378_0;
S_377_4: /* 3 */
		Uerror("blocking sel in d_step (nr.43, near line 157)");
S_378_0: /* 2 */
		goto S_383_0;
S_382_1: /* 3 */
S_380_0: /* 2 */
		/* else */;
S_381_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_383_0;
S_382_2: /* 3 */
		Uerror("blocking sel in d_step (nr.44, near line 268)");
S_383_0: /* 2 */
		goto S_436_0;
S_436_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 115: // STATE 115 - transition.pml:259 - [D_STEP259]
		if (!(((boq == -1 && ((int)now.chg[1]))) || (boq == -1 /* else */)))
			continue;

		reached[1][115] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_412_0: /* 2 */
S_386_0: /* 2 */
		if (!(((int)now.chg[1])))
			goto S_412_1;
S_405_0: /* 2 */
S_387_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_405_1;
S_402_0: /* 2 */
S_400_0: /* 2 */
S_388_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index(((2*1)+1), 4) ])==((int)now.tpatch)))))
			goto S_400_1;
S_389_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_390_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_401_0;
S_400_1: /* 3 */
S_391_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_400_2;
S_392_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = ((int)now.stk[ Index(((2*1)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_393_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_394_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_401_0;
S_400_2: /* 3 */
S_395_0: /* 2 */
		if (!(((((int)now.sz[1])==1)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_400_3;
S_396_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_397_0: /* 2 */
		now.sz[1] = 0;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_401_0;
S_400_3: /* 3 */
S_398_0: /* 2 */
		/* else */;
S_399_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_401_0;
S_400_4: /* 3 */
		Uerror("blocking sel in d_step (nr.45, near line 157)");
S_401_0: /* 2 */
		goto S_406_0;
S_405_1: /* 3 */
S_403_0: /* 2 */
		/* else */;
S_404_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_406_0;
S_405_2: /* 3 */
		Uerror("blocking sel in d_step (nr.46, near line 262)");
S_406_0: /* 2 */
S_407_0: /* 2 */
		now.intr[1] = 0;
#ifdef VAR_RANGES
		logval("intr[1]", ((int)now.intr[1]));
#endif
		;
S_408_0: /* 2 */
		now.settled[1] = ( ((((int)now.wtgt)==1)) ? (1) : (0) );
#ifdef VAR_RANGES
		logval("settled[1]", ((int)now.settled[1]));
#endif
		;
S_409_0: /* 2 */
		now.chg[1] = 0;
#ifdef VAR_RANGES
		logval("chg[1]", ((int)now.chg[1]));
#endif
		;
		goto S_413_0;
S_412_1: /* 3 */
S_410_0: /* 2 */
		/* else */;
S_411_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_413_0;
S_412_2: /* 3 */
		Uerror("blocking sel in d_step (nr.47, near line 260)");
S_413_0: /* 2 */
		goto S_435_0;
S_435_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 116: // STATE 136 - transition.pml:267 - [D_STEP267]
		if (!(((boq == -1 && ((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(1==1))))) || (boq == -1 /* else */)))
			continue;

		reached[1][136] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_433_0: /* 2 */
S_415_0: /* 2 */
		if (!(((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(1==1)))))
			goto S_433_1;
S_430_0: /* 2 */
S_428_0: /* 2 */
S_416_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index(((2*1)+1), 4) ])==((int)now.tpatch)))))
			goto S_428_1;
S_417_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_418_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_429_0;
S_428_1: /* 3 */
S_419_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_428_2;
S_420_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = ((int)now.stk[ Index(((2*1)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_421_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_422_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_429_0;
S_428_2: /* 3 */
S_423_0: /* 2 */
		if (!(((((int)now.sz[1])==1)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_428_3;
S_424_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_425_0: /* 2 */
		now.sz[1] = 0;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_429_0;
S_428_3: /* 3 */
S_426_0: /* 2 */
		/* else */;
S_427_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_429_0;
S_428_4: /* 3 */
		Uerror("blocking sel in d_step (nr.48, near line 157)");
S_429_0: /* 2 */
		goto S_434_0;
S_433_1: /* 3 */
S_431_0: /* 2 */
		/* else */;
S_432_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_434_0;
S_433_2: /* 3 */
		Uerror("blocking sel in d_step (nr.49, near line 268)");
S_434_0: /* 2 */
		goto S_437_0;
S_437_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 117: // STATE 138 - transition.pml:279 - [assert((!(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1]))))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][138] = 1;
		spin_assert(( !(((int)now.reversed))||((((((((int)now.stk[0])==((int)now.snap[0]))&&(((int)now.stk[1])==((int)now.snap[1])))&&(((int)now.stk[2])==((int)now.snap[2])))&&(((int)now.stk[3])==((int)now.snap[3])))&&(((int)now.sz[0])==((int)now.snapsz[0])))&&(((int)now.sz[1])==((int)now.snapsz[1])))), "( !(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1])))", II, tt, t);
		_m = 3; goto P999; /* 0 */
	case 118: // STATE 184 - transition.pml:280 - [D_STEP280]
		if (!(((boq == -1 && (((int)now.treqCur[0])&& !(((int)now.intr[0]))))) || (boq == -1 /* else */)))
			continue;

		reached[1][184] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;


		reached[1][184] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		sv_save();
		S_462_0: /* 2 */
S_449_0: /* 2 */
S_447_0: /* 2 */
S_438_0: /* 2 */
		if (!((((int)now.treqCur[0])&& !(((int)now.intr[0])))))
			goto S_447_1;
S_443_0: /* 2 */
S_439_0: /* 2 */
		if (!((((int)now.settled[0])==1)))
			goto S_443_1;
S_440_0: /* 2 */
		now.tsBelow[0] = 7;
#ifdef VAR_RANGES
		logval("tsBelow[0]", ((int)now.tsBelow[0]));
#endif
		;
		goto S_444_0;
S_443_1: /* 3 */
S_441_0: /* 2 */
		/* else */;
S_442_0: /* 2 */
		now.tsTop[0] = 7;
#ifdef VAR_RANGES
		logval("tsTop[0]", ((int)now.tsTop[0]));
#endif
		;
		goto S_444_0;
S_443_2: /* 3 */
		Uerror("blocking sel in d_step (nr.50, near line 247)");
S_444_0: /* 2 */
		goto S_448_0;
S_447_1: /* 3 */
S_445_0: /* 2 */
		/* else */;
S_446_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_448_0;
S_447_2: /* 3 */
		Uerror("blocking sel in d_step (nr.51, near line 246)");
S_448_0: /* 2 */
		goto S_461_0;
S_461_0: /* 2 */
S_459_0: /* 2 */
S_450_0: /* 2 */
		if (!((((int)now.treqCur[1])&& !(((int)now.intr[1])))))
			goto S_459_1;
S_455_0: /* 2 */
S_451_0: /* 2 */
		if (!((((int)now.settled[1])==1)))
			goto S_455_1;
S_452_0: /* 2 */
		now.tsBelow[1] = 7;
#ifdef VAR_RANGES
		logval("tsBelow[1]", ((int)now.tsBelow[1]));
#endif
		;
		goto S_456_0;
S_455_1: /* 3 */
S_453_0: /* 2 */
		/* else */;
S_454_0: /* 2 */
		now.tsTop[1] = 7;
#ifdef VAR_RANGES
		logval("tsTop[1]", ((int)now.tsTop[1]));
#endif
		;
		goto S_456_0;
S_455_2: /* 3 */
		Uerror("blocking sel in d_step (nr.52, near line 247)");
S_456_0: /* 2 */
		goto S_460_0;
S_459_1: /* 3 */
S_457_0: /* 2 */
		/* else */;
S_458_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_460_0;
S_459_2: /* 3 */
		Uerror("blocking sel in d_step (nr.53, near line 246)");
S_460_0: /* 2 */
		goto S_467_0;
S_467_0: /* 2 */
S_463_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_467_1;
S_464_0: /* 2 */
		now.pu[ Index(now.tpatch, 3) ] = 1;
#ifdef VAR_RANGES
		logval("pu[tpatch]", ((int)now.pu[ Index(((int)now.tpatch), 3) ]));
#endif
		;
		goto S_468_0;
S_467_1: /* 3 */
S_465_0: /* 2 */
		/* else */;
S_466_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_468_0;
S_467_2: /* 3 */
		Uerror("blocking sel in d_step (nr.54, near line 282)");
S_468_0: /* 2 */
S_469_0: /* 2 */
		now.selfCheck = 0;
#ifdef VAR_RANGES
		logval("selfCheck", ((int)now.selfCheck));
#endif
		;
S_470_0: /* 2 */
		now.pending = 0;
#ifdef VAR_RANGES
		logval("pending", ((int)now.pending));
#endif
		;
S_471_0: /* 2 */
		now.tpatch = 0;
#ifdef VAR_RANGES
		logval("tpatch", ((int)now.tpatch));
#endif
		;
S_472_0: /* 2 */
		now.synced = 0;
#ifdef VAR_RANGES
		logval("synced", ((int)now.synced));
#endif
		;
S_473_0: /* 2 */
		now.tforced = 0;
#ifdef VAR_RANGES
		logval("tforced", ((int)now.tforced));
#endif
		;
S_474_0: /* 2 */
		now.completing = 0;
#ifdef VAR_RANGES
		logval("completing", ((int)now.completing));
#endif
		;
S_475_0: /* 2 */
		now.snap[0] = 0;
#ifdef VAR_RANGES
		logval("snap[0]", ((int)now.snap[0]));
#endif
		;
S_476_0: /* 2 */
		now.snap[1] = 0;
#ifdef VAR_RANGES
		logval("snap[1]", ((int)now.snap[1]));
#endif
		;
S_477_0: /* 2 */
		now.snap[2] = 0;
#ifdef VAR_RANGES
		logval("snap[2]", ((int)now.snap[2]));
#endif
		;
S_478_0: /* 2 */
		now.snap[3] = 0;
#ifdef VAR_RANGES
		logval("snap[3]", ((int)now.snap[3]));
#endif
		;
S_479_0: /* 2 */
		now.snapsz[0] = 0;
#ifdef VAR_RANGES
		logval("snapsz[0]", ((int)now.snapsz[0]));
#endif
		;
S_480_0: /* 2 */
		now.snapsz[1] = 0;
#ifdef VAR_RANGES
		logval("snapsz[1]", ((int)now.snapsz[1]));
#endif
		;
S_481_0: /* 2 */
		now.rounds = 0;
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
S_482_0: /* 2 */
		now.reversed = 0;
#ifdef VAR_RANGES
		logval("reversed", ((int)now.reversed));
#endif
		;
		goto S_665_0;
S_665_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 119: // STATE 192 - transition.pml:237 - [D_STEP237]
		if (!(boq == -1 &&  !(((int)now.gpLock))))
			continue;

		reached[1][192] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_486_0: /* 2 */
		if (!( !(((int)now.gpLock))))
			Uerror("block in d_step seq");
S_487_0: /* 2 */
		now.gpLock = 1;
#ifdef VAR_RANGES
		logval("gpLock", ((int)now.gpLock));
#endif
		;
S_488_0: /* 2 */
		now.ann[0] = ( ((((int)now.ann[0])!=0)) ? (2) : (0) );
#ifdef VAR_RANGES
		logval("ann[0]", ((int)now.ann[0]));
#endif
		;
S_489_0: /* 2 */
		now.ann[1] = ( ((((int)now.ann[1])!=0)) ? (2) : (0) );
#ifdef VAR_RANGES
		logval("ann[1]", ((int)now.ann[1]));
#endif
		;
S_490_0: /* 2 */
		now.synced = 1;
#ifdef VAR_RANGES
		logval("synced", ((int)now.synced));
#endif
		;
		goto S_498_0;
S_498_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 120: // STATE 193 - transition.pml:229 - [((ann[0]!=2))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][193] = 1;
		if (!((((int)now.ann[0])!=2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 121: // STATE 195 - transition.pml:231 - [((ann[0]==2))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][195] = 1;
		if (!((((int)now.ann[0])==2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 122: // STATE 196 - transition.pml:231 - [synced = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[1][196] = 1;
		(trpt+1)->bup.oval = ((int)now.synced);
		now.synced = 0;
#ifdef VAR_RANGES
		logval("synced", ((int)now.synced));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 123: // STATE 200 - transition.pml:229 - [((ann[1]!=2))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][200] = 1;
		if (!((((int)now.ann[1])!=2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 124: // STATE 202 - transition.pml:231 - [((ann[1]==2))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][202] = 1;
		if (!((((int)now.ann[1])==2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 125: // STATE 203 - transition.pml:231 - [synced = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[1][203] = 1;
		(trpt+1)->bup.oval = ((int)now.synced);
		now.synced = 0;
#ifdef VAR_RANGES
		logval("synced", ((int)now.synced));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 126: // STATE 207 - transition.pml:240 - [gpLock = 0] (0:0:1 - 3)
		IfNotBlocked
		reached[1][207] = 1;
		(trpt+1)->bup.oval = ((int)now.gpLock);
		now.gpLock = 0;
#ifdef VAR_RANGES
		logval("gpLock", ((int)now.gpLock));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 127: // STATE 209 - transition.pml:301 - [(!(synced))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][209] = 1;
		if (!( !(((int)now.synced))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 128: // STATE 210 - transition.pml:301 - [completing = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[1][210] = 1;
		(trpt+1)->bup.oval = ((int)now.completing);
		now.completing = 1;
#ifdef VAR_RANGES
		logval("completing", ((int)now.completing));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 129: // STATE 211 - transition.pml:301 - [synced = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[1][211] = 1;
		(trpt+1)->bup.oval = ((int)now.synced);
		now.synced = 0;
#ifdef VAR_RANGES
		logval("synced", ((int)now.synced));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 130: // STATE 241 - transition.pml:259 - [D_STEP259]
		if (!(((boq == -1 && ((int)now.chg[0]))) || (boq == -1 /* else */)))
			continue;

		reached[1][241] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_538_0: /* 2 */
S_512_0: /* 2 */
		if (!(((int)now.chg[0])))
			goto S_538_1;
S_531_0: /* 2 */
S_513_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_531_1;
S_528_0: /* 2 */
S_526_0: /* 2 */
S_514_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index(((2*0)+1), 4) ])==((int)now.tpatch)))))
			goto S_526_1;
S_515_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_516_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_527_0;
S_526_1: /* 3 */
S_517_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_526_2;
S_518_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = ((int)now.stk[ Index(((2*0)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_519_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_520_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_527_0;
S_526_2: /* 3 */
S_521_0: /* 2 */
		if (!(((((int)now.sz[0])==1)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_526_3;
S_522_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_523_0: /* 2 */
		now.sz[0] = 0;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_527_0;
S_526_3: /* 3 */
S_524_0: /* 2 */
		/* else */;
S_525_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_527_0;
S_526_4: /* 3 */
		Uerror("blocking sel in d_step (nr.55, near line 157)");
S_527_0: /* 2 */
		goto S_532_0;
S_531_1: /* 3 */
S_529_0: /* 2 */
		/* else */;
S_530_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_532_0;
S_531_2: /* 3 */
		Uerror("blocking sel in d_step (nr.56, near line 262)");
S_532_0: /* 2 */
S_533_0: /* 2 */
		now.intr[0] = 0;
#ifdef VAR_RANGES
		logval("intr[0]", ((int)now.intr[0]));
#endif
		;
S_534_0: /* 2 */
		now.settled[0] = ( ((((int)now.wtgt)==1)) ? (1) : (0) );
#ifdef VAR_RANGES
		logval("settled[0]", ((int)now.settled[0]));
#endif
		;
S_535_0: /* 2 */
		now.chg[0] = 0;
#ifdef VAR_RANGES
		logval("chg[0]", ((int)now.chg[0]));
#endif
		;
		goto S_539_0;
S_538_1: /* 3 */
S_536_0: /* 2 */
		/* else */;
S_537_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_539_0;
S_538_2: /* 3 */
		Uerror("blocking sel in d_step (nr.57, near line 260)");
S_539_0: /* 2 */
		goto S_561_0;
S_561_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 131: // STATE 262 - transition.pml:267 - [D_STEP267]
		if (!(((boq == -1 && ((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(0==1))))) || (boq == -1 /* else */)))
			continue;

		reached[1][262] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_559_0: /* 2 */
S_541_0: /* 2 */
		if (!(((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(0==1)))))
			goto S_559_1;
S_556_0: /* 2 */
S_554_0: /* 2 */
S_542_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index(((2*0)+1), 4) ])==((int)now.tpatch)))))
			goto S_554_1;
S_543_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_544_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_555_0;
S_554_1: /* 3 */
S_545_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_554_2;
S_546_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = ((int)now.stk[ Index(((2*0)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_547_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_548_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_555_0;
S_554_2: /* 3 */
S_549_0: /* 2 */
		if (!(((((int)now.sz[0])==1)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_554_3;
S_550_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_551_0: /* 2 */
		now.sz[0] = 0;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_555_0;
S_554_3: /* 3 */
S_552_0: /* 2 */
		/* else */;
S_553_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_555_0;
S_554_4: /* 3 */
		Uerror("blocking sel in d_step (nr.58, near line 157)");
S_555_0: /* 2 */
		goto S_560_0;
S_559_1: /* 3 */
S_557_0: /* 2 */
		/* else */;
S_558_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_560_0;
S_559_2: /* 3 */
		Uerror("blocking sel in d_step (nr.59, near line 268)");
S_560_0: /* 2 */
		goto S_613_0;
S_613_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 132: // STATE 292 - transition.pml:259 - [D_STEP259]
		if (!(((boq == -1 && ((int)now.chg[1]))) || (boq == -1 /* else */)))
			continue;

		reached[1][292] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_589_0: /* 2 */
S_563_0: /* 2 */
		if (!(((int)now.chg[1])))
			goto S_589_1;
S_582_0: /* 2 */
S_564_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_582_1;
S_579_0: /* 2 */
S_577_0: /* 2 */
S_565_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index(((2*1)+1), 4) ])==((int)now.tpatch)))))
			goto S_577_1;
S_566_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_567_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_578_0;
S_577_1: /* 3 */
S_568_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_577_2;
S_569_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = ((int)now.stk[ Index(((2*1)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_570_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_571_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_578_0;
S_577_2: /* 3 */
S_572_0: /* 2 */
		if (!(((((int)now.sz[1])==1)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_577_3;
S_573_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_574_0: /* 2 */
		now.sz[1] = 0;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_578_0;
S_577_3: /* 3 */
S_575_0: /* 2 */
		/* else */;
S_576_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_578_0;
S_577_4: /* 3 */
		Uerror("blocking sel in d_step (nr.60, near line 157)");
S_578_0: /* 2 */
		goto S_583_0;
S_582_1: /* 3 */
S_580_0: /* 2 */
		/* else */;
S_581_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_583_0;
S_582_2: /* 3 */
		Uerror("blocking sel in d_step (nr.61, near line 262)");
S_583_0: /* 2 */
S_584_0: /* 2 */
		now.intr[1] = 0;
#ifdef VAR_RANGES
		logval("intr[1]", ((int)now.intr[1]));
#endif
		;
S_585_0: /* 2 */
		now.settled[1] = ( ((((int)now.wtgt)==1)) ? (1) : (0) );
#ifdef VAR_RANGES
		logval("settled[1]", ((int)now.settled[1]));
#endif
		;
S_586_0: /* 2 */
		now.chg[1] = 0;
#ifdef VAR_RANGES
		logval("chg[1]", ((int)now.chg[1]));
#endif
		;
		goto S_590_0;
S_589_1: /* 3 */
S_587_0: /* 2 */
		/* else */;
S_588_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_590_0;
S_589_2: /* 3 */
		Uerror("blocking sel in d_step (nr.62, near line 260)");
S_590_0: /* 2 */
		goto S_612_0;
S_612_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 133: // STATE 313 - transition.pml:267 - [D_STEP267]
		if (!(((boq == -1 && ((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(1==1))))) || (boq == -1 /* else */)))
			continue;

		reached[1][313] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_610_0: /* 2 */
S_592_0: /* 2 */
		if (!(((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(1==1)))))
			goto S_610_1;
S_607_0: /* 2 */
S_605_0: /* 2 */
S_593_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index(((2*1)+1), 4) ])==((int)now.tpatch)))))
			goto S_605_1;
S_594_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_595_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_606_0;
S_605_1: /* 3 */
S_596_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_605_2;
S_597_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = ((int)now.stk[ Index(((2*1)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_598_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_599_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_606_0;
S_605_2: /* 3 */
S_600_0: /* 2 */
		if (!(((((int)now.sz[1])==1)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_605_3;
S_601_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_602_0: /* 2 */
		now.sz[1] = 0;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_606_0;
S_605_3: /* 3 */
S_603_0: /* 2 */
		/* else */;
S_604_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_606_0;
S_605_4: /* 3 */
		Uerror("blocking sel in d_step (nr.63, near line 157)");
S_606_0: /* 2 */
		goto S_611_0;
S_610_1: /* 3 */
S_608_0: /* 2 */
		/* else */;
S_609_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_611_0;
S_610_2: /* 3 */
		Uerror("blocking sel in d_step (nr.64, near line 268)");
S_611_0: /* 2 */
		goto S_614_0;
S_614_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 134: // STATE 315 - transition.pml:279 - [assert((!(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1]))))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][315] = 1;
		spin_assert(( !(((int)now.reversed))||((((((((int)now.stk[0])==((int)now.snap[0]))&&(((int)now.stk[1])==((int)now.snap[1])))&&(((int)now.stk[2])==((int)now.snap[2])))&&(((int)now.stk[3])==((int)now.snap[3])))&&(((int)now.sz[0])==((int)now.snapsz[0])))&&(((int)now.sz[1])==((int)now.snapsz[1])))), "( !(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1])))", II, tt, t);
		_m = 3; goto P999; /* 0 */
	case 135: // STATE 361 - transition.pml:280 - [D_STEP280]
		if (!(((boq == -1 && (((int)now.treqCur[0])&& !(((int)now.intr[0]))))) || (boq == -1 /* else */)))
			continue;

		reached[1][361] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;


		reached[1][361] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		sv_save();
		S_639_0: /* 2 */
S_626_0: /* 2 */
S_624_0: /* 2 */
S_615_0: /* 2 */
		if (!((((int)now.treqCur[0])&& !(((int)now.intr[0])))))
			goto S_624_1;
S_620_0: /* 2 */
S_616_0: /* 2 */
		if (!((((int)now.settled[0])==1)))
			goto S_620_1;
S_617_0: /* 2 */
		now.tsBelow[0] = 7;
#ifdef VAR_RANGES
		logval("tsBelow[0]", ((int)now.tsBelow[0]));
#endif
		;
		goto S_621_0;
S_620_1: /* 3 */
S_618_0: /* 2 */
		/* else */;
S_619_0: /* 2 */
		now.tsTop[0] = 7;
#ifdef VAR_RANGES
		logval("tsTop[0]", ((int)now.tsTop[0]));
#endif
		;
		goto S_621_0;
S_620_2: /* 3 */
		Uerror("blocking sel in d_step (nr.65, near line 247)");
S_621_0: /* 2 */
		goto S_625_0;
S_624_1: /* 3 */
S_622_0: /* 2 */
		/* else */;
S_623_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_625_0;
S_624_2: /* 3 */
		Uerror("blocking sel in d_step (nr.66, near line 246)");
S_625_0: /* 2 */
		goto S_638_0;
S_638_0: /* 2 */
S_636_0: /* 2 */
S_627_0: /* 2 */
		if (!((((int)now.treqCur[1])&& !(((int)now.intr[1])))))
			goto S_636_1;
S_632_0: /* 2 */
S_628_0: /* 2 */
		if (!((((int)now.settled[1])==1)))
			goto S_632_1;
S_629_0: /* 2 */
		now.tsBelow[1] = 7;
#ifdef VAR_RANGES
		logval("tsBelow[1]", ((int)now.tsBelow[1]));
#endif
		;
		goto S_633_0;
S_632_1: /* 3 */
S_630_0: /* 2 */
		/* else */;
S_631_0: /* 2 */
		now.tsTop[1] = 7;
#ifdef VAR_RANGES
		logval("tsTop[1]", ((int)now.tsTop[1]));
#endif
		;
		goto S_633_0;
S_632_2: /* 3 */
		Uerror("blocking sel in d_step (nr.67, near line 247)");
S_633_0: /* 2 */
		goto S_637_0;
S_636_1: /* 3 */
S_634_0: /* 2 */
		/* else */;
S_635_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_637_0;
S_636_2: /* 3 */
		Uerror("blocking sel in d_step (nr.68, near line 246)");
S_637_0: /* 2 */
		goto S_644_0;
S_644_0: /* 2 */
S_640_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_644_1;
S_641_0: /* 2 */
		now.pu[ Index(now.tpatch, 3) ] = 1;
#ifdef VAR_RANGES
		logval("pu[tpatch]", ((int)now.pu[ Index(((int)now.tpatch), 3) ]));
#endif
		;
		goto S_645_0;
S_644_1: /* 3 */
S_642_0: /* 2 */
		/* else */;
S_643_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_645_0;
S_644_2: /* 3 */
		Uerror("blocking sel in d_step (nr.69, near line 282)");
S_645_0: /* 2 */
S_646_0: /* 2 */
		now.selfCheck = 0;
#ifdef VAR_RANGES
		logval("selfCheck", ((int)now.selfCheck));
#endif
		;
S_647_0: /* 2 */
		now.pending = 0;
#ifdef VAR_RANGES
		logval("pending", ((int)now.pending));
#endif
		;
S_648_0: /* 2 */
		now.tpatch = 0;
#ifdef VAR_RANGES
		logval("tpatch", ((int)now.tpatch));
#endif
		;
S_649_0: /* 2 */
		now.synced = 0;
#ifdef VAR_RANGES
		logval("synced", ((int)now.synced));
#endif
		;
S_650_0: /* 2 */
		now.tforced = 0;
#ifdef VAR_RANGES
		logval("tforced", ((int)now.tforced));
#endif
		;
S_651_0: /* 2 */
		now.completing = 0;
#ifdef VAR_RANGES
		logval("completing", ((int)now.completing));
#endif
		;
S_652_0: /* 2 */
		now.snap[0] = 0;
#ifdef VAR_RANGES
		logval("snap[0]", ((int)now.snap[0]));
#endif
		;
S_653_0: /* 2 */
		now.snap[1] = 0;
#ifdef VAR_RANGES
		logval("snap[1]", ((int)now.snap[1]));
#endif
		;
S_654_0: /* 2 */
		now.snap[2] = 0;
#ifdef VAR_RANGES
		logval("snap[2]", ((int)now.snap[2]));
#endif
		;
S_655_0: /* 2 */
		now.snap[3] = 0;
#ifdef VAR_RANGES
		logval("snap[3]", ((int)now.snap[3]));
#endif
		;
S_656_0: /* 2 */
		now.snapsz[0] = 0;
#ifdef VAR_RANGES
		logval("snapsz[0]", ((int)now.snapsz[0]));
#endif
		;
S_657_0: /* 2 */
		now.snapsz[1] = 0;
#ifdef VAR_RANGES
		logval("snapsz[1]", ((int)now.snapsz[1]));
#endif
		;
S_658_0: /* 2 */
		now.rounds = 0;
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
S_659_0: /* 2 */
		now.reversed = 0;
#ifdef VAR_RANGES
		logval("reversed", ((int)now.reversed));
#endif
		;
		goto S_663_0;
S_663_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 136: // STATE 369 - transition.pml:325 - [((rounds<2))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][369] = 1;
		if (!((((int)now.rounds)<2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 137: // STATE 370 - transition.pml:325 - [rounds = (rounds+1)] (0:0:1 - 1)
		IfNotBlocked
		reached[1][370] = 1;
		(trpt+1)->bup.oval = ((int)now.rounds);
		now.rounds = (((int)now.rounds)+1);
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 138: // STATE 375 - transition.pml:327 - [(((rounds>=2)&&!(reversed)))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][375] = 1;
		if (!(((((int)now.rounds)>=2)&& !(((int)now.reversed)))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 139: // STATE 380 - transition.pml:219 - [D_STEP219]
		IfNotBlocked

		reached[1][380] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_675_0: /* 2 */
		now.wtgt = (1-((int)now.wtgt));
#ifdef VAR_RANGES
		logval("wtgt", ((int)now.wtgt));
#endif
		;
S_676_0: /* 2 */
		now.reversed =  !(((int)now.reversed));
#ifdef VAR_RANGES
		logval("reversed", ((int)now.reversed));
#endif
		;
S_677_0: /* 2 */
		now.rounds = 0;
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
S_678_0: /* 2 */
		now.on[ Index(now.tpatch, 3) ] = (((int)now.wtgt)==1);
#ifdef VAR_RANGES
		logval("on[tpatch]", ((int)now.on[ Index(((int)now.tpatch), 3) ]));
#endif
		;
		goto S_684_0;
S_684_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 140: // STATE 384 - transition.pml:182 - [D_STEP182]
		IfNotBlocked

		reached[1][384] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_680_0: /* 2 */
		now.selfCheck = 1;
#ifdef VAR_RANGES
		logval("selfCheck", ((int)now.selfCheck));
#endif
		;
S_681_0: /* 2 */
		now.chk[0] = (( (((int)now.pstCur[0])) ? (((int)now.pst[0])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[0]", ((int)now.chk[0]));
#endif
		;
S_682_0: /* 2 */
		now.chk[1] = (( (((int)now.pstCur[1])) ? (((int)now.pst[1])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[1]", ((int)now.chk[1]));
#endif
		;
		goto S_689_0;
S_689_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 141: // STATE 398 - transition.pml:133 - [lock = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[1][398] = 1;
		(trpt+1)->bup.oval = ((int)now.lock);
		now.lock = 0;
#ifdef VAR_RANGES
		logval("lock", ((int)now.lock));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 142: // STATE 400 - transition.pml:480 - [(((tpatch!=0)&&completing))] (424:0:1 - 1)
		IfNotBlocked
		reached[1][400] = 1;
		if (!(((((int)now.tpatch)!=0)&&((int)now.completing))))
			continue;
		/* merge: g = tgen(0, 401, 424) */
		reached[1][401] = 1;
		(trpt+1)->bup.oval = ((int)((P1 *)_this)->g);
		((P1 *)_this)->g = ((int)now.tgen);
#ifdef VAR_RANGES
		logval("Driver:g", ((int)((P1 *)_this)->g));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 143: // STATE 408 - transition.pml:237 - [D_STEP237]
		if (!(boq == -1 &&  !(((int)now.gpLock))))
			continue;

		reached[1][408] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_702_0: /* 2 */
		if (!( !(((int)now.gpLock))))
			Uerror("block in d_step seq");
S_703_0: /* 2 */
		now.gpLock = 1;
#ifdef VAR_RANGES
		logval("gpLock", ((int)now.gpLock));
#endif
		;
S_704_0: /* 2 */
		now.ann[0] = ( ((((int)now.ann[0])!=0)) ? (2) : (0) );
#ifdef VAR_RANGES
		logval("ann[0]", ((int)now.ann[0]));
#endif
		;
S_705_0: /* 2 */
		now.ann[1] = ( ((((int)now.ann[1])!=0)) ? (2) : (0) );
#ifdef VAR_RANGES
		logval("ann[1]", ((int)now.ann[1]));
#endif
		;
S_706_0: /* 2 */
		((P1 *)_this)->ok = 1;
#ifdef VAR_RANGES
		logval("Driver:ok", ((int)((P1 *)_this)->ok));
#endif
		;
		goto S_714_0;
S_714_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 144: // STATE 409 - transition.pml:229 - [((ann[0]!=2))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][409] = 1;
		if (!((((int)now.ann[0])!=2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 145: // STATE 411 - transition.pml:231 - [((ann[0]==2))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][411] = 1;
		if (!((((int)now.ann[0])==2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 146: // STATE 412 - transition.pml:231 - [ok = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[1][412] = 1;
		(trpt+1)->bup.oval = ((int)((P1 *)_this)->ok);
		((P1 *)_this)->ok = 0;
#ifdef VAR_RANGES
		logval("Driver:ok", ((int)((P1 *)_this)->ok));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 147: // STATE 416 - transition.pml:229 - [((ann[1]!=2))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][416] = 1;
		if (!((((int)now.ann[1])!=2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 148: // STATE 418 - transition.pml:231 - [((ann[1]==2))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][418] = 1;
		if (!((((int)now.ann[1])==2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 149: // STATE 419 - transition.pml:231 - [ok = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[1][419] = 1;
		(trpt+1)->bup.oval = ((int)((P1 *)_this)->ok);
		((P1 *)_this)->ok = 0;
#ifdef VAR_RANGES
		logval("Driver:ok", ((int)((P1 *)_this)->ok));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 150: // STATE 423 - transition.pml:240 - [gpLock = 0] (0:0:1 - 3)
		IfNotBlocked
		reached[1][423] = 1;
		(trpt+1)->bup.oval = ((int)now.gpLock);
		now.gpLock = 0;
#ifdef VAR_RANGES
		logval("gpLock", ((int)now.gpLock));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 151: // STATE 425 - transition.pml:132 - [(!(lock))] (582:0:1 - 1)
		IfNotBlocked
		reached[1][425] = 1;
		if (!( !(((int)now.lock))))
			continue;
		/* merge: lock = 1(0, 426, 582) */
		reached[1][426] = 1;
		(trpt+1)->bup.oval = ((int)now.lock);
		now.lock = 1;
#ifdef VAR_RANGES
		logval("lock", ((int)now.lock));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 152: // STATE 429 - transition.pml:485 - [(((((tpatch!=0)&&completing)&&(tgen==g))&&ok))] (0:0:2 - 1)
		IfNotBlocked
		reached[1][429] = 1;
		if (!(((((((int)now.tpatch)!=0)&&((int)now.completing))&&(((int)now.tgen)==((int)((P1 *)_this)->g)))&&((int)((P1 *)_this)->ok))))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: g */  (trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((P1 *)_this)->g;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P1 *)_this)->g = 0;
		if (TstOnly) return 1; /* TT */
		/* dead 1: ok */  (trpt+1)->bup.ovals[1] = ((P1 *)_this)->ok;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P1 *)_this)->ok = 0;
		_m = 3; goto P999; /* 0 */
	case 153: // STATE 458 - transition.pml:259 - [D_STEP259]
		if (!(((boq == -1 && ((int)now.chg[0]))) || (boq == -1 /* else */)))
			continue;

		reached[1][458] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_755_0: /* 2 */
S_729_0: /* 2 */
		if (!(((int)now.chg[0])))
			goto S_755_1;
S_748_0: /* 2 */
S_730_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_748_1;
S_745_0: /* 2 */
S_743_0: /* 2 */
S_731_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index(((2*0)+1), 4) ])==((int)now.tpatch)))))
			goto S_743_1;
S_732_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_733_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_744_0;
S_743_1: /* 3 */
S_734_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_743_2;
S_735_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = ((int)now.stk[ Index(((2*0)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_736_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_737_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_744_0;
S_743_2: /* 3 */
S_738_0: /* 2 */
		if (!(((((int)now.sz[0])==1)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_743_3;
S_739_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_740_0: /* 2 */
		now.sz[0] = 0;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_744_0;
S_743_3: /* 3 */
S_741_0: /* 2 */
		/* else */;
S_742_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_744_0;
S_743_4: /* 3 */
		Uerror("blocking sel in d_step (nr.70, near line 157)");
S_744_0: /* 2 */
		goto S_749_0;
S_748_1: /* 3 */
S_746_0: /* 2 */
		/* else */;
S_747_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_749_0;
S_748_2: /* 3 */
		Uerror("blocking sel in d_step (nr.71, near line 262)");
S_749_0: /* 2 */
S_750_0: /* 2 */
		now.intr[0] = 0;
#ifdef VAR_RANGES
		logval("intr[0]", ((int)now.intr[0]));
#endif
		;
S_751_0: /* 2 */
		now.settled[0] = ( ((((int)now.wtgt)==1)) ? (1) : (0) );
#ifdef VAR_RANGES
		logval("settled[0]", ((int)now.settled[0]));
#endif
		;
S_752_0: /* 2 */
		now.chg[0] = 0;
#ifdef VAR_RANGES
		logval("chg[0]", ((int)now.chg[0]));
#endif
		;
		goto S_756_0;
S_755_1: /* 3 */
S_753_0: /* 2 */
		/* else */;
S_754_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_756_0;
S_755_2: /* 3 */
		Uerror("blocking sel in d_step (nr.72, near line 260)");
S_756_0: /* 2 */
		goto S_778_0;
S_778_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 154: // STATE 479 - transition.pml:267 - [D_STEP267]
		if (!(((boq == -1 && ((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(0==1))))) || (boq == -1 /* else */)))
			continue;

		reached[1][479] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_776_0: /* 2 */
S_758_0: /* 2 */
		if (!(((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(0==1)))))
			goto S_776_1;
S_773_0: /* 2 */
S_771_0: /* 2 */
S_759_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index(((2*0)+1), 4) ])==((int)now.tpatch)))))
			goto S_771_1;
S_760_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_761_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_772_0;
S_771_1: /* 3 */
S_762_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_771_2;
S_763_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = ((int)now.stk[ Index(((2*0)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_764_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_765_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_772_0;
S_771_2: /* 3 */
S_766_0: /* 2 */
		if (!(((((int)now.sz[0])==1)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_771_3;
S_767_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_768_0: /* 2 */
		now.sz[0] = 0;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_772_0;
S_771_3: /* 3 */
S_769_0: /* 2 */
		/* else */;
S_770_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_772_0;
S_771_4: /* 3 */
		Uerror("blocking sel in d_step (nr.73, near line 157)");
S_772_0: /* 2 */
		goto S_777_0;
S_776_1: /* 3 */
S_774_0: /* 2 */
		/* else */;
S_775_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_777_0;
S_776_2: /* 3 */
		Uerror("blocking sel in d_step (nr.74, near line 268)");
S_777_0: /* 2 */
		goto S_830_0;
S_830_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 155: // STATE 509 - transition.pml:259 - [D_STEP259]
		if (!(((boq == -1 && ((int)now.chg[1]))) || (boq == -1 /* else */)))
			continue;

		reached[1][509] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_806_0: /* 2 */
S_780_0: /* 2 */
		if (!(((int)now.chg[1])))
			goto S_806_1;
S_799_0: /* 2 */
S_781_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_799_1;
S_796_0: /* 2 */
S_794_0: /* 2 */
S_782_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index(((2*1)+1), 4) ])==((int)now.tpatch)))))
			goto S_794_1;
S_783_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_784_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_795_0;
S_794_1: /* 3 */
S_785_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_794_2;
S_786_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = ((int)now.stk[ Index(((2*1)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_787_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_788_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_795_0;
S_794_2: /* 3 */
S_789_0: /* 2 */
		if (!(((((int)now.sz[1])==1)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_794_3;
S_790_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_791_0: /* 2 */
		now.sz[1] = 0;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_795_0;
S_794_3: /* 3 */
S_792_0: /* 2 */
		/* else */;
S_793_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_795_0;
S_794_4: /* 3 */
		Uerror("blocking sel in d_step (nr.75, near line 157)");
S_795_0: /* 2 */
		goto S_800_0;
S_799_1: /* 3 */
S_797_0: /* 2 */
		/* else */;
S_798_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_800_0;
S_799_2: /* 3 */
		Uerror("blocking sel in d_step (nr.76, near line 262)");
S_800_0: /* 2 */
S_801_0: /* 2 */
		now.intr[1] = 0;
#ifdef VAR_RANGES
		logval("intr[1]", ((int)now.intr[1]));
#endif
		;
S_802_0: /* 2 */
		now.settled[1] = ( ((((int)now.wtgt)==1)) ? (1) : (0) );
#ifdef VAR_RANGES
		logval("settled[1]", ((int)now.settled[1]));
#endif
		;
S_803_0: /* 2 */
		now.chg[1] = 0;
#ifdef VAR_RANGES
		logval("chg[1]", ((int)now.chg[1]));
#endif
		;
		goto S_807_0;
S_806_1: /* 3 */
S_804_0: /* 2 */
		/* else */;
S_805_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_807_0;
S_806_2: /* 3 */
		Uerror("blocking sel in d_step (nr.77, near line 260)");
S_807_0: /* 2 */
		goto S_829_0;
S_829_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 156: // STATE 530 - transition.pml:267 - [D_STEP267]
		if (!(((boq == -1 && ((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(1==1))))) || (boq == -1 /* else */)))
			continue;

		reached[1][530] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_827_0: /* 2 */
S_809_0: /* 2 */
		if (!(((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(1==1)))))
			goto S_827_1;
S_824_0: /* 2 */
S_822_0: /* 2 */
S_810_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index(((2*1)+1), 4) ])==((int)now.tpatch)))))
			goto S_822_1;
S_811_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_812_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_823_0;
S_822_1: /* 3 */
S_813_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_822_2;
S_814_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = ((int)now.stk[ Index(((2*1)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_815_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_816_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_823_0;
S_822_2: /* 3 */
S_817_0: /* 2 */
		if (!(((((int)now.sz[1])==1)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_822_3;
S_818_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_819_0: /* 2 */
		now.sz[1] = 0;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_823_0;
S_822_3: /* 3 */
S_820_0: /* 2 */
		/* else */;
S_821_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_823_0;
S_822_4: /* 3 */
		Uerror("blocking sel in d_step (nr.78, near line 157)");
S_823_0: /* 2 */
		goto S_828_0;
S_827_1: /* 3 */
S_825_0: /* 2 */
		/* else */;
S_826_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_828_0;
S_827_2: /* 3 */
		Uerror("blocking sel in d_step (nr.79, near line 268)");
S_828_0: /* 2 */
		goto S_831_0;
S_831_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 157: // STATE 532 - transition.pml:279 - [assert((!(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1]))))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][532] = 1;
		spin_assert(( !(((int)now.reversed))||((((((((int)now.stk[0])==((int)now.snap[0]))&&(((int)now.stk[1])==((int)now.snap[1])))&&(((int)now.stk[2])==((int)now.snap[2])))&&(((int)now.stk[3])==((int)now.snap[3])))&&(((int)now.sz[0])==((int)now.snapsz[0])))&&(((int)now.sz[1])==((int)now.snapsz[1])))), "( !(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1])))", II, tt, t);
		_m = 3; goto P999; /* 0 */
	case 158: // STATE 578 - transition.pml:280 - [D_STEP280]
		if (!(((boq == -1 && (((int)now.treqCur[0])&& !(((int)now.intr[0]))))) || (boq == -1 /* else */)))
			continue;

		reached[1][578] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;


		reached[1][578] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		sv_save();
		S_856_0: /* 2 */
S_843_0: /* 2 */
S_841_0: /* 2 */
S_832_0: /* 2 */
		if (!((((int)now.treqCur[0])&& !(((int)now.intr[0])))))
			goto S_841_1;
S_837_0: /* 2 */
S_833_0: /* 2 */
		if (!((((int)now.settled[0])==1)))
			goto S_837_1;
S_834_0: /* 2 */
		now.tsBelow[0] = 7;
#ifdef VAR_RANGES
		logval("tsBelow[0]", ((int)now.tsBelow[0]));
#endif
		;
		goto S_838_0;
S_837_1: /* 3 */
S_835_0: /* 2 */
		/* else */;
S_836_0: /* 2 */
		now.tsTop[0] = 7;
#ifdef VAR_RANGES
		logval("tsTop[0]", ((int)now.tsTop[0]));
#endif
		;
		goto S_838_0;
S_837_2: /* 3 */
		Uerror("blocking sel in d_step (nr.80, near line 247)");
S_838_0: /* 2 */
		goto S_842_0;
S_841_1: /* 3 */
S_839_0: /* 2 */
		/* else */;
S_840_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_842_0;
S_841_2: /* 3 */
		Uerror("blocking sel in d_step (nr.81, near line 246)");
S_842_0: /* 2 */
		goto S_855_0;
S_855_0: /* 2 */
S_853_0: /* 2 */
S_844_0: /* 2 */
		if (!((((int)now.treqCur[1])&& !(((int)now.intr[1])))))
			goto S_853_1;
S_849_0: /* 2 */
S_845_0: /* 2 */
		if (!((((int)now.settled[1])==1)))
			goto S_849_1;
S_846_0: /* 2 */
		now.tsBelow[1] = 7;
#ifdef VAR_RANGES
		logval("tsBelow[1]", ((int)now.tsBelow[1]));
#endif
		;
		goto S_850_0;
S_849_1: /* 3 */
S_847_0: /* 2 */
		/* else */;
S_848_0: /* 2 */
		now.tsTop[1] = 7;
#ifdef VAR_RANGES
		logval("tsTop[1]", ((int)now.tsTop[1]));
#endif
		;
		goto S_850_0;
S_849_2: /* 3 */
		Uerror("blocking sel in d_step (nr.82, near line 247)");
S_850_0: /* 2 */
		goto S_854_0;
S_853_1: /* 3 */
S_851_0: /* 2 */
		/* else */;
S_852_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_854_0;
S_853_2: /* 3 */
		Uerror("blocking sel in d_step (nr.83, near line 246)");
S_854_0: /* 2 */
		goto S_861_0;
S_861_0: /* 2 */
S_857_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_861_1;
S_858_0: /* 2 */
		now.pu[ Index(now.tpatch, 3) ] = 1;
#ifdef VAR_RANGES
		logval("pu[tpatch]", ((int)now.pu[ Index(((int)now.tpatch), 3) ]));
#endif
		;
		goto S_862_0;
S_861_1: /* 3 */
S_859_0: /* 2 */
		/* else */;
S_860_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_862_0;
S_861_2: /* 3 */
		Uerror("blocking sel in d_step (nr.84, near line 282)");
S_862_0: /* 2 */
S_863_0: /* 2 */
		now.selfCheck = 0;
#ifdef VAR_RANGES
		logval("selfCheck", ((int)now.selfCheck));
#endif
		;
S_864_0: /* 2 */
		now.pending = 0;
#ifdef VAR_RANGES
		logval("pending", ((int)now.pending));
#endif
		;
S_865_0: /* 2 */
		now.tpatch = 0;
#ifdef VAR_RANGES
		logval("tpatch", ((int)now.tpatch));
#endif
		;
S_866_0: /* 2 */
		now.synced = 0;
#ifdef VAR_RANGES
		logval("synced", ((int)now.synced));
#endif
		;
S_867_0: /* 2 */
		now.tforced = 0;
#ifdef VAR_RANGES
		logval("tforced", ((int)now.tforced));
#endif
		;
S_868_0: /* 2 */
		now.completing = 0;
#ifdef VAR_RANGES
		logval("completing", ((int)now.completing));
#endif
		;
S_869_0: /* 2 */
		now.snap[0] = 0;
#ifdef VAR_RANGES
		logval("snap[0]", ((int)now.snap[0]));
#endif
		;
S_870_0: /* 2 */
		now.snap[1] = 0;
#ifdef VAR_RANGES
		logval("snap[1]", ((int)now.snap[1]));
#endif
		;
S_871_0: /* 2 */
		now.snap[2] = 0;
#ifdef VAR_RANGES
		logval("snap[2]", ((int)now.snap[2]));
#endif
		;
S_872_0: /* 2 */
		now.snap[3] = 0;
#ifdef VAR_RANGES
		logval("snap[3]", ((int)now.snap[3]));
#endif
		;
S_873_0: /* 2 */
		now.snapsz[0] = 0;
#ifdef VAR_RANGES
		logval("snapsz[0]", ((int)now.snapsz[0]));
#endif
		;
S_874_0: /* 2 */
		now.snapsz[1] = 0;
#ifdef VAR_RANGES
		logval("snapsz[1]", ((int)now.snapsz[1]));
#endif
		;
S_875_0: /* 2 */
		now.rounds = 0;
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
S_876_0: /* 2 */
		now.reversed = 0;
#ifdef VAR_RANGES
		logval("reversed", ((int)now.reversed));
#endif
		;
		goto S_882_0;
S_882_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 159: // STATE 588 - transition.pml:486 - [D_STEP486]
		IfNotBlocked

		reached[1][588] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;


		reached[1][588] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		sv_save();
		S_884_0: /* 2 */
S_883_0: /* 2 */
		now.lock = 0;
#ifdef VAR_RANGES
		logval("lock", ((int)now.lock));
#endif
		;
		goto S_885_0;
S_885_0: /* 2 */
		((P1 *)_this)->g = 0;
#ifdef VAR_RANGES
		logval("Driver:g", ((int)((P1 *)_this)->g));
#endif
		;
S_886_0: /* 2 */
		((P1 *)_this)->ok = 0;
#ifdef VAR_RANGES
		logval("Driver:ok", ((int)((P1 *)_this)->ok));
#endif
		;
		goto S_892_0;
S_892_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 160: // STATE 589 - transition.pml:487 - [(((opsRunning==0)&&(tpatch==0)))] (595:0:0 - 1)
		IfNotBlocked
		reached[1][589] = 1;
		if (!(((((int)now.opsRunning)==0)&&(((int)now.tpatch)==0))))
			continue;
		/* merge: goto :b1(0, 590, 595) */
		reached[1][590] = 1;
		;
		_m = 3; goto P999; /* 1 */
	case 161: // STATE 595 - transition.pml:489 - [-end-] (0:0:0 - 2)
		IfNotBlocked
		reached[1][595] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* PROC Thread */
	case 162: // STATE 1 - transition.pml:438 - [((n<( ((i==0)) -> (2) : (1) )))] (0:0:0 - 1)
		IfNotBlocked
		reached[0][1] = 1;
		if (!((((int)((P0 *)_this)->n)<( ((((int)((P0 *)_this)->i)==0)) ? (2) : (1) ))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 163: // STATE 2 - transition.pml:381 - [(!(bound[0]))] (0:0:0 - 1)
		IfNotBlocked
		reached[0][2] = 1;
		if (!( !(((int)now.bound[0]))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 164: // STATE 3 - transition.pml:383 - [fo[i] = 1] (0:62:2 - 1)
		IfNotBlocked
		reached[0][3] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.fo[ Index(((P0 *)_this)->i, 2) ] = 1;
#ifdef VAR_RANGES
		logval("fo[Thread:i]", ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: bound[0] = 1(62, 4, 62) */
		reached[0][4] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.bound[0]);
		now.bound[0] = 1;
#ifdef VAR_RANGES
		logval("bound[0]", ((int)now.bound[0]));
#endif
		;
		/* merge: .(goto)(0, 9, 62) */
		reached[0][9] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 165: // STATE 10 - transition.pml:393 - [((e==2))] (0:0:1 - 1)
		IfNotBlocked
		reached[0][10] = 1;
		if (!((((int)((P0 *)_this)->e)==2)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: e */  (trpt+1)->bup.oval = ((P0 *)_this)->e;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P0 *)_this)->e = 0;
		_m = 3; goto P999; /* 0 */
	case 166: // STATE 11 - transition.pml:393 - [e = 0] (0:283:3 - 1)
		IfNotBlocked
		reached[0][11] = 1;
		(trpt+1)->bup.ovals = grab_ints(3);
		(trpt+1)->bup.ovals[0] = ((int)((P0 *)_this)->e);
		((P0 *)_this)->e = 0;
#ifdef VAR_RANGES
		logval("Thread:e", ((int)((P0 *)_this)->e));
#endif
		;
		/* merge: vo = 0(283, 12, 283) */
		reached[0][12] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P0 *)_this)->vo);
		((P0 *)_this)->vo = 0;
#ifdef VAR_RANGES
		logval("Thread:vo", ((int)((P0 *)_this)->vo));
#endif
		;
		/* merge: mode = 0(283, 13, 283) */
		reached[0][13] = 1;
		(trpt+1)->bup.ovals[2] = ((int)((P0 *)_this)->mode);
		((P0 *)_this)->mode = 0;
#ifdef VAR_RANGES
		logval("Thread:mode", ((int)((P0 *)_this)->mode));
#endif
		;
		/* merge: .(goto)(0, 63, 283) */
		reached[0][63] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 167: // STATE 16 - transition.pml:396 - [fo[i] = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[0][16] = 1;
		(trpt+1)->bup.oval = ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.fo[ Index(((P0 *)_this)->i, 2) ] = 1;
#ifdef VAR_RANGES
		logval("fo[Thread:i]", ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 168: // STATE 17 - transition.pml:398 - [((sz[0]==0))] (60:0:2 - 1)
		IfNotBlocked
		reached[0][17] = 1;
		if (!((((int)now.sz[0])==0)))
			continue;
		/* merge: mode = 0(60, 18, 60) */
		reached[0][18] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P0 *)_this)->mode);
		((P0 *)_this)->mode = 0;
#ifdef VAR_RANGES
		logval("Thread:mode", ((int)((P0 *)_this)->mode));
#endif
		;
		/* merge: vo = 0(60, 19, 60) */
		reached[0][19] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P0 *)_this)->vo);
		((P0 *)_this)->vo = 0;
#ifdef VAR_RANGES
		logval("Thread:vo", ((int)((P0 *)_this)->vo));
#endif
		;
		/* merge: .(goto)(60, 27, 60) */
		reached[0][27] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 169: // STATE 27 - transition.pml:402 - [.(goto)] (0:60:0 - 3)
		IfNotBlocked
		reached[0][27] = 1;
		;
		_m = 3; goto P999; /* 0 */
	case 170: // STATE 20 - transition.pml:399 - [(((sz[0]>0)&&intr[0]))] (60:0:1 - 1)
		IfNotBlocked
		reached[0][20] = 1;
		if (!(((((int)now.sz[0])>0)&&((int)now.intr[0]))))
			continue;
		/* merge: mode = 2(60, 21, 60) */
		reached[0][21] = 1;
		(trpt+1)->bup.oval = ((int)((P0 *)_this)->mode);
		((P0 *)_this)->mode = 2;
#ifdef VAR_RANGES
		logval("Thread:mode", ((int)((P0 *)_this)->mode));
#endif
		;
		/* merge: .(goto)(60, 27, 60) */
		reached[0][27] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 171: // STATE 22 - transition.pml:400 - [(((sz[0]>0)&&!(intr[0])))] (60:0:2 - 1)
		IfNotBlocked
		reached[0][22] = 1;
		if (!(((((int)now.sz[0])>0)&& !(((int)now.intr[0])))))
			continue;
		/* merge: mode = 1(60, 23, 60) */
		reached[0][23] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P0 *)_this)->mode);
		((P0 *)_this)->mode = 1;
#ifdef VAR_RANGES
		logval("Thread:mode", ((int)((P0 *)_this)->mode));
#endif
		;
		/* merge: vo = stk[(((2*0)+sz[0])-1)](60, 24, 60) */
		reached[0][24] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P0 *)_this)->vo);
		((P0 *)_this)->vo = ((int)now.stk[ Index((((2*0)+((int)now.sz[0]))-1), 4) ]);
#ifdef VAR_RANGES
		logval("Thread:vo", ((int)((P0 *)_this)->vo));
#endif
		;
		/* merge: assert((forcedEver||((vo!=7)&&((vo==0)||(!(freed[vo])&&((!(pu[vo])||on[vo])||(tpatch==vo)))))))(60, 25, 60) */
		reached[0][25] = 1;
		spin_assert((((int)now.forcedEver)||((((int)((P0 *)_this)->vo)!=7)&&((((int)((P0 *)_this)->vo)==0)||( !(((int)now.freed[ Index(((int)((P0 *)_this)->vo), 3) ]))&&(( !(((int)now.pu[ Index(((int)((P0 *)_this)->vo), 3) ]))||((int)now.on[ Index(((int)((P0 *)_this)->vo), 3) ]))||(((int)now.tpatch)==((int)((P0 *)_this)->vo))))))), "(forcedEver||((vo!=7)&&((vo==0)||( !(freed[vo])&&(( !(pu[vo])||on[vo])||(tpatch==vo))))))", II, tt, t);
		/* merge: .(goto)(60, 27, 60) */
		reached[0][27] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 172: // STATE 29 - transition.pml:404 - [((mode==2))] (0:0:1 - 1)
		IfNotBlocked
		reached[0][29] = 1;
		if (!((((int)((P0 *)_this)->mode)==2)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: mode */  (trpt+1)->bup.oval = ((P0 *)_this)->mode;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P0 *)_this)->mode = 0;
		_m = 3; goto P999; /* 0 */
	case 173: // STATE 30 - transition.pml:406 - [((depth[i]==0))] (56:0:4 - 1)
		IfNotBlocked
		reached[0][30] = 1;
		if (!((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])==0)))
			continue;
		/* merge: latCur[i] = 0(56, 31, 56) */
		reached[0][31] = 1;
		(trpt+1)->bup.ovals = grab_ints(4);
		(trpt+1)->bup.ovals[0] = ((int)now.latCur[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.latCur[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("latCur[Thread:i]", ((int)now.latCur[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: ann[i] = 1(56, 32, 56) */
		reached[0][32] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.ann[ Index(((P0 *)_this)->i, 2) ] = 1;
#ifdef VAR_RANGES
		logval("ann[Thread:i]", ((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(56, 36, 56) */
		reached[0][36] = 1;
		;
		/* merge: depth[i] = (depth[i]+1)(56, 37, 56) */
		reached[0][37] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = (((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])+1);
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: so = 1(56, 38, 56) */
		reached[0][38] = 1;
		(trpt+1)->bup.ovals[3] = ((int)((P0 *)_this)->so);
		((P0 *)_this)->so = 1;
#ifdef VAR_RANGES
		logval("Thread:so", ((int)((P0 *)_this)->so));
#endif
		;
		_m = 3; goto P999; /* 5 */
	case 174: // STATE 34 - transition.pml:406 - [(1)] (56:0:2 - 1)
		IfNotBlocked
		reached[0][34] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(56, 36, 56) */
		reached[0][36] = 1;
		;
		/* merge: depth[i] = (depth[i]+1)(56, 37, 56) */
		reached[0][37] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = (((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])+1);
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: so = 1(56, 38, 56) */
		reached[0][38] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P0 *)_this)->so);
		((P0 *)_this)->so = 1;
#ifdef VAR_RANGES
		logval("Thread:so", ((int)((P0 *)_this)->so));
#endif
		;
		_m = 3; goto P999; /* 3 */
	case 175: // STATE 37 - transition.pml:407 - [depth[i] = (depth[i]+1)] (0:56:2 - 3)
		IfNotBlocked
		reached[0][37] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = (((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])+1);
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: so = 1(56, 38, 56) */
		reached[0][38] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P0 *)_this)->so);
		((P0 *)_this)->so = 1;
#ifdef VAR_RANGES
		logval("Thread:so", ((int)((P0 *)_this)->so));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 176: // STATE 40 - transition.pml:344 - [(!(latCur[i]))] (51:0:2 - 1)
		IfNotBlocked
		reached[0][40] = 1;
		if (!( !(((int)now.latCur[ Index(((int)((P0 *)_this)->i), 2) ]))))
			continue;
		/* merge: lat[i] = ( (wall) -> (wtgt) : (( (pstCur[i]) -> (pst[i]) : (wbase) )) )(51, 41, 51) */
		reached[0][41] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.lat[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.lat[ Index(((P0 *)_this)->i, 2) ] = ( (((int)now.wall)) ? (((int)now.wtgt)) : (( (((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ])) ? (((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ])) : (((int)now.wbase)) )) );
#ifdef VAR_RANGES
		logval("lat[Thread:i]", ((int)now.lat[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: latCur[i] = 1(51, 42, 51) */
		reached[0][42] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.latCur[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.latCur[ Index(((P0 *)_this)->i, 2) ] = 1;
#ifdef VAR_RANGES
		logval("latCur[Thread:i]", ((int)now.latCur[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(0, 46, 51) */
		reached[0][46] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 177: // STATE 47 - transition.pml:348 - [(!(treqCur[0]))] (283:0:1 - 1)
		IfNotBlocked
		reached[0][47] = 1;
		if (!( !(((int)now.treqCur[0]))))
			continue;
		/* merge: vo = ( ((settled[0]==1)) -> (tsTop[0]) : (tsBelow[0]) )(283, 48, 283) */
		reached[0][48] = 1;
		(trpt+1)->bup.oval = ((int)((P0 *)_this)->vo);
		((P0 *)_this)->vo = ( ((((int)now.settled[0])==1)) ? (((int)now.tsTop[0])) : (((int)now.tsBelow[0])) );
#ifdef VAR_RANGES
		logval("Thread:vo", ((int)((P0 *)_this)->vo));
#endif
		;
		/* merge: .(goto)(283, 52, 283) */
		reached[0][52] = 1;
		;
		/* merge: assert((forcedEver||((vo!=7)&&((vo==0)||(!(freed[vo])&&((!(pu[vo])||on[vo])||(tpatch==vo)))))))(283, 53, 283) */
		reached[0][53] = 1;
		spin_assert((((int)now.forcedEver)||((((int)((P0 *)_this)->vo)!=7)&&((((int)((P0 *)_this)->vo)==0)||( !(((int)now.freed[ Index(((int)((P0 *)_this)->vo), 3) ]))&&(( !(((int)now.pu[ Index(((int)((P0 *)_this)->vo), 3) ]))||((int)now.on[ Index(((int)((P0 *)_this)->vo), 3) ]))||(((int)now.tpatch)==((int)((P0 *)_this)->vo))))))), "(forcedEver||((vo!=7)&&((vo==0)||( !(freed[vo])&&(( !(pu[vo])||on[vo])||(tpatch==vo))))))", II, tt, t);
		/* merge: .(goto)(0, 57, 283) */
		reached[0][57] = 1;
		;
		/* merge: .(goto)(0, 61, 283) */
		reached[0][61] = 1;
		;
		/* merge: .(goto)(0, 63, 283) */
		reached[0][63] = 1;
		;
		_m = 3; goto P999; /* 6 */
	case 178: // STATE 52 - transition.pml:351 - [.(goto)] (0:283:0 - 2)
		IfNotBlocked
		reached[0][52] = 1;
		;
		/* merge: assert((forcedEver||((vo!=7)&&((vo==0)||(!(freed[vo])&&((!(pu[vo])||on[vo])||(tpatch==vo)))))))(283, 53, 283) */
		reached[0][53] = 1;
		spin_assert((((int)now.forcedEver)||((((int)((P0 *)_this)->vo)!=7)&&((((int)((P0 *)_this)->vo)==0)||( !(((int)now.freed[ Index(((int)((P0 *)_this)->vo), 3) ]))&&(( !(((int)now.pu[ Index(((int)((P0 *)_this)->vo), 3) ]))||((int)now.on[ Index(((int)((P0 *)_this)->vo), 3) ]))||(((int)now.tpatch)==((int)((P0 *)_this)->vo))))))), "(forcedEver||((vo!=7)&&((vo==0)||( !(freed[vo])&&(( !(pu[vo])||on[vo])||(tpatch==vo))))))", II, tt, t);
		/* merge: .(goto)(0, 57, 283) */
		reached[0][57] = 1;
		;
		/* merge: .(goto)(0, 61, 283) */
		reached[0][61] = 1;
		;
		/* merge: .(goto)(0, 63, 283) */
		reached[0][63] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 179: // STATE 50 - transition.pml:349 - [vo = ( ((lat[i]==1)) -> (tsTop[0]) : (tsBelow[0]) )] (0:283:1 - 1)
		IfNotBlocked
		reached[0][50] = 1;
		(trpt+1)->bup.oval = ((int)((P0 *)_this)->vo);
		((P0 *)_this)->vo = ( ((((int)now.lat[ Index(((int)((P0 *)_this)->i), 2) ])==1)) ? (((int)now.tsTop[0])) : (((int)now.tsBelow[0])) );
#ifdef VAR_RANGES
		logval("Thread:vo", ((int)((P0 *)_this)->vo));
#endif
		;
		/* merge: .(goto)(283, 52, 283) */
		reached[0][52] = 1;
		;
		/* merge: assert((forcedEver||((vo!=7)&&((vo==0)||(!(freed[vo])&&((!(pu[vo])||on[vo])||(tpatch==vo)))))))(283, 53, 283) */
		reached[0][53] = 1;
		spin_assert((((int)now.forcedEver)||((((int)((P0 *)_this)->vo)!=7)&&((((int)((P0 *)_this)->vo)==0)||( !(((int)now.freed[ Index(((int)((P0 *)_this)->vo), 3) ]))&&(( !(((int)now.pu[ Index(((int)((P0 *)_this)->vo), 3) ]))||((int)now.on[ Index(((int)((P0 *)_this)->vo), 3) ]))||(((int)now.tpatch)==((int)((P0 *)_this)->vo))))))), "(forcedEver||((vo!=7)&&((vo==0)||( !(freed[vo])&&(( !(pu[vo])||on[vo])||(tpatch==vo))))))", II, tt, t);
		/* merge: .(goto)(0, 57, 283) */
		reached[0][57] = 1;
		;
		/* merge: .(goto)(0, 61, 283) */
		reached[0][61] = 1;
		;
		/* merge: .(goto)(0, 63, 283) */
		reached[0][63] = 1;
		;
		_m = 3; goto P999; /* 5 */
	case 180: // STATE 65 - transition.pml:441 - [(e)] (0:0:1 - 1)
		IfNotBlocked
		reached[0][65] = 1;
		if (!(((int)((P0 *)_this)->e)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: e */  (trpt+1)->bup.oval = ((P0 *)_this)->e;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P0 *)_this)->e = 0;
		_m = 3; goto P999; /* 0 */
	case 181: // STATE 66 - transition.pml:423 - [(so)] (0:0:1 - 1)
		IfNotBlocked
		reached[0][66] = 1;
		if (!(((int)((P0 *)_this)->so)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: so */  (trpt+1)->bup.oval = ((P0 *)_this)->so;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P0 *)_this)->so = 0;
		_m = 3; goto P999; /* 0 */
	case 182: // STATE 67 - transition.pml:358 - [fo[i] = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[0][67] = 1;
		(trpt+1)->bup.oval = ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.fo[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("fo[Thread:i]", ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 183: // STATE 68 - transition.pml:360 - [((depth[i]>1))] (89:0:1 - 1)
		IfNotBlocked
		reached[0][68] = 1;
		if (!((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])>1)))
			continue;
		/* merge: depth[i] = (depth[i]-1)(89, 69, 89) */
		reached[0][69] = 1;
		(trpt+1)->bup.oval = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = (((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])-1);
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(89, 74, 89) */
		reached[0][74] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 184: // STATE 74 - transition.pml:363 - [.(goto)] (0:89:0 - 2)
		IfNotBlocked
		reached[0][74] = 1;
		;
		_m = 3; goto P999; /* 0 */
	case 185: // STATE 70 - transition.pml:361 - [((depth[i]==1))] (89:0:2 - 1)
		IfNotBlocked
		reached[0][70] = 1;
		if (!((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])==1)))
			continue;
		/* merge: depth[i] = 0(89, 71, 89) */
		reached[0][71] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: ann[i] = 0(89, 72, 89) */
		reached[0][72] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.ann[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("ann[Thread:i]", ((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(89, 74, 89) */
		reached[0][74] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 186: // STATE 76 - transition.pml:366 - [(((depth[i]==0)&&chk[i]))] (83:0:1 - 1)
		IfNotBlocked
		reached[0][76] = 1;
		if (!(((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])==0)&&((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]))))
			continue;
		/* merge: chk[i] = 0(0, 77, 83) */
		reached[0][77] = 1;
		(trpt+1)->bup.oval = ((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.chk[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("chk[Thread:i]", ((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 187: // STATE 78 - transition.pml:369 - [((((selfCheck&&!(wall))&&(( (pstCur[i]) -> (pst[i]) : (wbase) )!=wtgt))&&!((fo[i]&&chg[0]))))] (292:0:2 - 1)
		IfNotBlocked
		reached[0][78] = 1;
		if (!((((((int)now.selfCheck)&& !(((int)now.wall)))&&(( (((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ])) ? (((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ])) : (((int)now.wbase)) )!=((int)now.wtgt)))&& !((((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ])&&((int)now.chg[0]))))))
			continue;
		/* merge: pstCur[i] = 1(292, 79, 292) */
		reached[0][79] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.pstCur[ Index(((P0 *)_this)->i, 2) ] = 1;
#ifdef VAR_RANGES
		logval("pstCur[Thread:i]", ((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: pst[i] = wtgt(292, 80, 292) */
		reached[0][80] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.pst[ Index(((P0 *)_this)->i, 2) ] = ((int)now.wtgt);
#ifdef VAR_RANGES
		logval("pst[Thread:i]", ((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(292, 84, 292) */
		reached[0][84] = 1;
		;
		/* merge: .(goto)(292, 88, 292) */
		reached[0][88] = 1;
		;
		/* merge: .(goto)(0, 94, 292) */
		reached[0][94] = 1;
		;
		/* merge: .(goto)(0, 284, 292) */
		reached[0][284] = 1;
		;
		_m = 3; goto P999; /* 6 */
	case 188: // STATE 84 - transition.pml:372 - [.(goto)] (0:292:0 - 2)
		IfNotBlocked
		reached[0][84] = 1;
		;
		/* merge: .(goto)(292, 88, 292) */
		reached[0][88] = 1;
		;
		/* merge: .(goto)(0, 94, 292) */
		reached[0][94] = 1;
		;
		/* merge: .(goto)(0, 284, 292) */
		reached[0][284] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 189: // STATE 82 - transition.pml:370 - [(1)] (292:0:0 - 1)
		IfNotBlocked
		reached[0][82] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(292, 84, 292) */
		reached[0][84] = 1;
		;
		/* merge: .(goto)(292, 88, 292) */
		reached[0][88] = 1;
		;
		/* merge: .(goto)(0, 94, 292) */
		reached[0][94] = 1;
		;
		/* merge: .(goto)(0, 284, 292) */
		reached[0][284] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 190: // STATE 88 - transition.pml:374 - [.(goto)] (0:292:0 - 2)
		IfNotBlocked
		reached[0][88] = 1;
		;
		/* merge: .(goto)(0, 94, 292) */
		reached[0][94] = 1;
		;
		/* merge: .(goto)(0, 284, 292) */
		reached[0][284] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 191: // STATE 86 - transition.pml:372 - [(1)] (292:0:0 - 1)
		IfNotBlocked
		reached[0][86] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(292, 88, 292) */
		reached[0][88] = 1;
		;
		/* merge: .(goto)(0, 94, 292) */
		reached[0][94] = 1;
		;
		/* merge: .(goto)(0, 284, 292) */
		reached[0][284] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 192: // STATE 92 - transition.pml:429 - [fo[i] = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[0][92] = 1;
		(trpt+1)->bup.oval = ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.fo[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("fo[Thread:i]", ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 193: // STATE 97 - transition.pml:381 - [(!(bound[1]))] (0:0:0 - 1)
		IfNotBlocked
		reached[0][97] = 1;
		if (!( !(((int)now.bound[1]))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 194: // STATE 98 - transition.pml:383 - [fin[i] = 1] (0:157:2 - 1)
		IfNotBlocked
		reached[0][98] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.fin[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.fin[ Index(((P0 *)_this)->i, 2) ] = 1;
#ifdef VAR_RANGES
		logval("fin[Thread:i]", ((int)now.fin[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: bound[1] = 1(157, 99, 157) */
		reached[0][99] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.bound[1]);
		now.bound[1] = 1;
#ifdef VAR_RANGES
		logval("bound[1]", ((int)now.bound[1]));
#endif
		;
		/* merge: .(goto)(0, 104, 157) */
		reached[0][104] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 195: // STATE 105 - transition.pml:393 - [((e==2))] (0:0:1 - 1)
		IfNotBlocked
		reached[0][105] = 1;
		if (!((((int)((P0 *)_this)->e)==2)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: e */  (trpt+1)->bup.oval = ((P0 *)_this)->e;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P0 *)_this)->e = 0;
		_m = 3; goto P999; /* 0 */
	case 196: // STATE 106 - transition.pml:393 - [e = 0] (0:281:3 - 1)
		IfNotBlocked
		reached[0][106] = 1;
		(trpt+1)->bup.ovals = grab_ints(3);
		(trpt+1)->bup.ovals[0] = ((int)((P0 *)_this)->e);
		((P0 *)_this)->e = 0;
#ifdef VAR_RANGES
		logval("Thread:e", ((int)((P0 *)_this)->e));
#endif
		;
		/* merge: vi = 0(281, 107, 281) */
		reached[0][107] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P0 *)_this)->vi);
		((P0 *)_this)->vi = 0;
#ifdef VAR_RANGES
		logval("Thread:vi", ((int)((P0 *)_this)->vi));
#endif
		;
		/* merge: mode = 0(281, 108, 281) */
		reached[0][108] = 1;
		(trpt+1)->bup.ovals[2] = ((int)((P0 *)_this)->mode);
		((P0 *)_this)->mode = 0;
#ifdef VAR_RANGES
		logval("Thread:mode", ((int)((P0 *)_this)->mode));
#endif
		;
		/* merge: .(goto)(0, 158, 281) */
		reached[0][158] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 197: // STATE 111 - transition.pml:396 - [fin[i] = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[0][111] = 1;
		(trpt+1)->bup.oval = ((int)now.fin[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.fin[ Index(((P0 *)_this)->i, 2) ] = 1;
#ifdef VAR_RANGES
		logval("fin[Thread:i]", ((int)now.fin[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 198: // STATE 112 - transition.pml:398 - [((sz[1]==0))] (155:0:2 - 1)
		IfNotBlocked
		reached[0][112] = 1;
		if (!((((int)now.sz[1])==0)))
			continue;
		/* merge: mode = 0(155, 113, 155) */
		reached[0][113] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P0 *)_this)->mode);
		((P0 *)_this)->mode = 0;
#ifdef VAR_RANGES
		logval("Thread:mode", ((int)((P0 *)_this)->mode));
#endif
		;
		/* merge: vi = 0(155, 114, 155) */
		reached[0][114] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P0 *)_this)->vi);
		((P0 *)_this)->vi = 0;
#ifdef VAR_RANGES
		logval("Thread:vi", ((int)((P0 *)_this)->vi));
#endif
		;
		/* merge: .(goto)(155, 122, 155) */
		reached[0][122] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 199: // STATE 122 - transition.pml:402 - [.(goto)] (0:155:0 - 3)
		IfNotBlocked
		reached[0][122] = 1;
		;
		_m = 3; goto P999; /* 0 */
	case 200: // STATE 115 - transition.pml:399 - [(((sz[1]>0)&&intr[1]))] (155:0:1 - 1)
		IfNotBlocked
		reached[0][115] = 1;
		if (!(((((int)now.sz[1])>0)&&((int)now.intr[1]))))
			continue;
		/* merge: mode = 2(155, 116, 155) */
		reached[0][116] = 1;
		(trpt+1)->bup.oval = ((int)((P0 *)_this)->mode);
		((P0 *)_this)->mode = 2;
#ifdef VAR_RANGES
		logval("Thread:mode", ((int)((P0 *)_this)->mode));
#endif
		;
		/* merge: .(goto)(155, 122, 155) */
		reached[0][122] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 201: // STATE 117 - transition.pml:400 - [(((sz[1]>0)&&!(intr[1])))] (155:0:2 - 1)
		IfNotBlocked
		reached[0][117] = 1;
		if (!(((((int)now.sz[1])>0)&& !(((int)now.intr[1])))))
			continue;
		/* merge: mode = 1(155, 118, 155) */
		reached[0][118] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P0 *)_this)->mode);
		((P0 *)_this)->mode = 1;
#ifdef VAR_RANGES
		logval("Thread:mode", ((int)((P0 *)_this)->mode));
#endif
		;
		/* merge: vi = stk[(((2*1)+sz[1])-1)](155, 119, 155) */
		reached[0][119] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P0 *)_this)->vi);
		((P0 *)_this)->vi = ((int)now.stk[ Index((((2*1)+((int)now.sz[1]))-1), 4) ]);
#ifdef VAR_RANGES
		logval("Thread:vi", ((int)((P0 *)_this)->vi));
#endif
		;
		/* merge: assert((forcedEver||((vi!=7)&&((vi==0)||(!(freed[vi])&&((!(pu[vi])||on[vi])||(tpatch==vi)))))))(155, 120, 155) */
		reached[0][120] = 1;
		spin_assert((((int)now.forcedEver)||((((int)((P0 *)_this)->vi)!=7)&&((((int)((P0 *)_this)->vi)==0)||( !(((int)now.freed[ Index(((int)((P0 *)_this)->vi), 3) ]))&&(( !(((int)now.pu[ Index(((int)((P0 *)_this)->vi), 3) ]))||((int)now.on[ Index(((int)((P0 *)_this)->vi), 3) ]))||(((int)now.tpatch)==((int)((P0 *)_this)->vi))))))), "(forcedEver||((vi!=7)&&((vi==0)||( !(freed[vi])&&(( !(pu[vi])||on[vi])||(tpatch==vi))))))", II, tt, t);
		/* merge: .(goto)(155, 122, 155) */
		reached[0][122] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 202: // STATE 124 - transition.pml:404 - [((mode==2))] (0:0:1 - 1)
		IfNotBlocked
		reached[0][124] = 1;
		if (!((((int)((P0 *)_this)->mode)==2)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: mode */  (trpt+1)->bup.oval = ((P0 *)_this)->mode;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P0 *)_this)->mode = 0;
		_m = 3; goto P999; /* 0 */
	case 203: // STATE 125 - transition.pml:406 - [((depth[i]==0))] (151:0:4 - 1)
		IfNotBlocked
		reached[0][125] = 1;
		if (!((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])==0)))
			continue;
		/* merge: latCur[i] = 0(151, 126, 151) */
		reached[0][126] = 1;
		(trpt+1)->bup.ovals = grab_ints(4);
		(trpt+1)->bup.ovals[0] = ((int)now.latCur[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.latCur[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("latCur[Thread:i]", ((int)now.latCur[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: ann[i] = 1(151, 127, 151) */
		reached[0][127] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.ann[ Index(((P0 *)_this)->i, 2) ] = 1;
#ifdef VAR_RANGES
		logval("ann[Thread:i]", ((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(151, 131, 151) */
		reached[0][131] = 1;
		;
		/* merge: depth[i] = (depth[i]+1)(151, 132, 151) */
		reached[0][132] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = (((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])+1);
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: si = 1(151, 133, 151) */
		reached[0][133] = 1;
		(trpt+1)->bup.ovals[3] = ((int)((P0 *)_this)->si);
		((P0 *)_this)->si = 1;
#ifdef VAR_RANGES
		logval("Thread:si", ((int)((P0 *)_this)->si));
#endif
		;
		_m = 3; goto P999; /* 5 */
	case 204: // STATE 129 - transition.pml:406 - [(1)] (151:0:2 - 1)
		IfNotBlocked
		reached[0][129] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(151, 131, 151) */
		reached[0][131] = 1;
		;
		/* merge: depth[i] = (depth[i]+1)(151, 132, 151) */
		reached[0][132] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = (((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])+1);
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: si = 1(151, 133, 151) */
		reached[0][133] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P0 *)_this)->si);
		((P0 *)_this)->si = 1;
#ifdef VAR_RANGES
		logval("Thread:si", ((int)((P0 *)_this)->si));
#endif
		;
		_m = 3; goto P999; /* 3 */
	case 205: // STATE 132 - transition.pml:407 - [depth[i] = (depth[i]+1)] (0:151:2 - 3)
		IfNotBlocked
		reached[0][132] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = (((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])+1);
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: si = 1(151, 133, 151) */
		reached[0][133] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P0 *)_this)->si);
		((P0 *)_this)->si = 1;
#ifdef VAR_RANGES
		logval("Thread:si", ((int)((P0 *)_this)->si));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 206: // STATE 135 - transition.pml:344 - [(!(latCur[i]))] (146:0:2 - 1)
		IfNotBlocked
		reached[0][135] = 1;
		if (!( !(((int)now.latCur[ Index(((int)((P0 *)_this)->i), 2) ]))))
			continue;
		/* merge: lat[i] = ( (wall) -> (wtgt) : (( (pstCur[i]) -> (pst[i]) : (wbase) )) )(146, 136, 146) */
		reached[0][136] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.lat[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.lat[ Index(((P0 *)_this)->i, 2) ] = ( (((int)now.wall)) ? (((int)now.wtgt)) : (( (((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ])) ? (((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ])) : (((int)now.wbase)) )) );
#ifdef VAR_RANGES
		logval("lat[Thread:i]", ((int)now.lat[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: latCur[i] = 1(146, 137, 146) */
		reached[0][137] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.latCur[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.latCur[ Index(((P0 *)_this)->i, 2) ] = 1;
#ifdef VAR_RANGES
		logval("latCur[Thread:i]", ((int)now.latCur[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(0, 141, 146) */
		reached[0][141] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 207: // STATE 142 - transition.pml:348 - [(!(treqCur[1]))] (281:0:1 - 1)
		IfNotBlocked
		reached[0][142] = 1;
		if (!( !(((int)now.treqCur[1]))))
			continue;
		/* merge: vi = ( ((settled[1]==1)) -> (tsTop[1]) : (tsBelow[1]) )(281, 143, 281) */
		reached[0][143] = 1;
		(trpt+1)->bup.oval = ((int)((P0 *)_this)->vi);
		((P0 *)_this)->vi = ( ((((int)now.settled[1])==1)) ? (((int)now.tsTop[1])) : (((int)now.tsBelow[1])) );
#ifdef VAR_RANGES
		logval("Thread:vi", ((int)((P0 *)_this)->vi));
#endif
		;
		/* merge: .(goto)(281, 147, 281) */
		reached[0][147] = 1;
		;
		/* merge: assert((forcedEver||((vi!=7)&&((vi==0)||(!(freed[vi])&&((!(pu[vi])||on[vi])||(tpatch==vi)))))))(281, 148, 281) */
		reached[0][148] = 1;
		spin_assert((((int)now.forcedEver)||((((int)((P0 *)_this)->vi)!=7)&&((((int)((P0 *)_this)->vi)==0)||( !(((int)now.freed[ Index(((int)((P0 *)_this)->vi), 3) ]))&&(( !(((int)now.pu[ Index(((int)((P0 *)_this)->vi), 3) ]))||((int)now.on[ Index(((int)((P0 *)_this)->vi), 3) ]))||(((int)now.tpatch)==((int)((P0 *)_this)->vi))))))), "(forcedEver||((vi!=7)&&((vi==0)||( !(freed[vi])&&(( !(pu[vi])||on[vi])||(tpatch==vi))))))", II, tt, t);
		/* merge: .(goto)(0, 152, 281) */
		reached[0][152] = 1;
		;
		/* merge: .(goto)(0, 156, 281) */
		reached[0][156] = 1;
		;
		/* merge: .(goto)(0, 158, 281) */
		reached[0][158] = 1;
		;
		_m = 3; goto P999; /* 6 */
	case 208: // STATE 147 - transition.pml:351 - [.(goto)] (0:281:0 - 2)
		IfNotBlocked
		reached[0][147] = 1;
		;
		/* merge: assert((forcedEver||((vi!=7)&&((vi==0)||(!(freed[vi])&&((!(pu[vi])||on[vi])||(tpatch==vi)))))))(281, 148, 281) */
		reached[0][148] = 1;
		spin_assert((((int)now.forcedEver)||((((int)((P0 *)_this)->vi)!=7)&&((((int)((P0 *)_this)->vi)==0)||( !(((int)now.freed[ Index(((int)((P0 *)_this)->vi), 3) ]))&&(( !(((int)now.pu[ Index(((int)((P0 *)_this)->vi), 3) ]))||((int)now.on[ Index(((int)((P0 *)_this)->vi), 3) ]))||(((int)now.tpatch)==((int)((P0 *)_this)->vi))))))), "(forcedEver||((vi!=7)&&((vi==0)||( !(freed[vi])&&(( !(pu[vi])||on[vi])||(tpatch==vi))))))", II, tt, t);
		/* merge: .(goto)(0, 152, 281) */
		reached[0][152] = 1;
		;
		/* merge: .(goto)(0, 156, 281) */
		reached[0][156] = 1;
		;
		/* merge: .(goto)(0, 158, 281) */
		reached[0][158] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 209: // STATE 145 - transition.pml:349 - [vi = ( ((lat[i]==1)) -> (tsTop[1]) : (tsBelow[1]) )] (0:281:1 - 1)
		IfNotBlocked
		reached[0][145] = 1;
		(trpt+1)->bup.oval = ((int)((P0 *)_this)->vi);
		((P0 *)_this)->vi = ( ((((int)now.lat[ Index(((int)((P0 *)_this)->i), 2) ])==1)) ? (((int)now.tsTop[1])) : (((int)now.tsBelow[1])) );
#ifdef VAR_RANGES
		logval("Thread:vi", ((int)((P0 *)_this)->vi));
#endif
		;
		/* merge: .(goto)(281, 147, 281) */
		reached[0][147] = 1;
		;
		/* merge: assert((forcedEver||((vi!=7)&&((vi==0)||(!(freed[vi])&&((!(pu[vi])||on[vi])||(tpatch==vi)))))))(281, 148, 281) */
		reached[0][148] = 1;
		spin_assert((((int)now.forcedEver)||((((int)((P0 *)_this)->vi)!=7)&&((((int)((P0 *)_this)->vi)==0)||( !(((int)now.freed[ Index(((int)((P0 *)_this)->vi), 3) ]))&&(( !(((int)now.pu[ Index(((int)((P0 *)_this)->vi), 3) ]))||((int)now.on[ Index(((int)((P0 *)_this)->vi), 3) ]))||(((int)now.tpatch)==((int)((P0 *)_this)->vi))))))), "(forcedEver||((vi!=7)&&((vi==0)||( !(freed[vi])&&(( !(pu[vi])||on[vi])||(tpatch==vi))))))", II, tt, t);
		/* merge: .(goto)(0, 152, 281) */
		reached[0][152] = 1;
		;
		/* merge: .(goto)(0, 156, 281) */
		reached[0][156] = 1;
		;
		/* merge: .(goto)(0, 158, 281) */
		reached[0][158] = 1;
		;
		_m = 3; goto P999; /* 5 */
	case 210: // STATE 160 - transition.pml:446 - [(e)] (0:0:1 - 1)
		IfNotBlocked
		reached[0][160] = 1;
		if (!(((int)((P0 *)_this)->e)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: e */  (trpt+1)->bup.oval = ((P0 *)_this)->e;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P0 *)_this)->e = 0;
		_m = 3; goto P999; /* 0 */
	case 211: // STATE 161 - transition.pml:423 - [(si)] (0:0:1 - 1)
		IfNotBlocked
		reached[0][161] = 1;
		if (!(((int)((P0 *)_this)->si)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: si */  (trpt+1)->bup.oval = ((P0 *)_this)->si;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P0 *)_this)->si = 0;
		_m = 3; goto P999; /* 0 */
	case 212: // STATE 162 - transition.pml:358 - [fin[i] = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[0][162] = 1;
		(trpt+1)->bup.oval = ((int)now.fin[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.fin[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("fin[Thread:i]", ((int)now.fin[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 213: // STATE 163 - transition.pml:360 - [((depth[i]>1))] (184:0:1 - 1)
		IfNotBlocked
		reached[0][163] = 1;
		if (!((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])>1)))
			continue;
		/* merge: depth[i] = (depth[i]-1)(184, 164, 184) */
		reached[0][164] = 1;
		(trpt+1)->bup.oval = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = (((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])-1);
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(184, 169, 184) */
		reached[0][169] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 214: // STATE 169 - transition.pml:363 - [.(goto)] (0:184:0 - 2)
		IfNotBlocked
		reached[0][169] = 1;
		;
		_m = 3; goto P999; /* 0 */
	case 215: // STATE 165 - transition.pml:361 - [((depth[i]==1))] (184:0:2 - 1)
		IfNotBlocked
		reached[0][165] = 1;
		if (!((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])==1)))
			continue;
		/* merge: depth[i] = 0(184, 166, 184) */
		reached[0][166] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: ann[i] = 0(184, 167, 184) */
		reached[0][167] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.ann[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("ann[Thread:i]", ((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(184, 169, 184) */
		reached[0][169] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 216: // STATE 171 - transition.pml:366 - [(((depth[i]==0)&&chk[i]))] (178:0:1 - 1)
		IfNotBlocked
		reached[0][171] = 1;
		if (!(((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])==0)&&((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]))))
			continue;
		/* merge: chk[i] = 0(0, 172, 178) */
		reached[0][172] = 1;
		(trpt+1)->bup.oval = ((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.chk[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("chk[Thread:i]", ((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 217: // STATE 173 - transition.pml:369 - [((((selfCheck&&!(wall))&&(( (pstCur[i]) -> (pst[i]) : (wbase) )!=wtgt))&&!((fo[i]&&chg[0]))))] (220:0:2 - 1)
		IfNotBlocked
		reached[0][173] = 1;
		if (!((((((int)now.selfCheck)&& !(((int)now.wall)))&&(( (((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ])) ? (((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ])) : (((int)now.wbase)) )!=((int)now.wtgt)))&& !((((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ])&&((int)now.chg[0]))))))
			continue;
		/* merge: pstCur[i] = 1(220, 174, 220) */
		reached[0][174] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.pstCur[ Index(((P0 *)_this)->i, 2) ] = 1;
#ifdef VAR_RANGES
		logval("pstCur[Thread:i]", ((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: pst[i] = wtgt(220, 175, 220) */
		reached[0][175] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.pst[ Index(((P0 *)_this)->i, 2) ] = ((int)now.wtgt);
#ifdef VAR_RANGES
		logval("pst[Thread:i]", ((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(220, 179, 220) */
		reached[0][179] = 1;
		;
		/* merge: .(goto)(220, 183, 220) */
		reached[0][183] = 1;
		;
		/* merge: .(goto)(0, 189, 220) */
		reached[0][189] = 1;
		;
		_m = 3; goto P999; /* 5 */
	case 218: // STATE 179 - transition.pml:372 - [.(goto)] (0:220:0 - 2)
		IfNotBlocked
		reached[0][179] = 1;
		;
		/* merge: .(goto)(220, 183, 220) */
		reached[0][183] = 1;
		;
		/* merge: .(goto)(0, 189, 220) */
		reached[0][189] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 219: // STATE 177 - transition.pml:370 - [(1)] (220:0:0 - 1)
		IfNotBlocked
		reached[0][177] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(220, 179, 220) */
		reached[0][179] = 1;
		;
		/* merge: .(goto)(220, 183, 220) */
		reached[0][183] = 1;
		;
		/* merge: .(goto)(0, 189, 220) */
		reached[0][189] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 220: // STATE 183 - transition.pml:374 - [.(goto)] (0:220:0 - 2)
		IfNotBlocked
		reached[0][183] = 1;
		;
		/* merge: .(goto)(0, 189, 220) */
		reached[0][189] = 1;
		;
		_m = 3; goto P999; /* 1 */
	case 221: // STATE 181 - transition.pml:372 - [(1)] (220:0:0 - 1)
		IfNotBlocked
		reached[0][181] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(220, 183, 220) */
		reached[0][183] = 1;
		;
		/* merge: .(goto)(0, 189, 220) */
		reached[0][189] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 222: // STATE 187 - transition.pml:429 - [fin[i] = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[0][187] = 1;
		(trpt+1)->bup.oval = ((int)now.fin[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.fin[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("fin[Thread:i]", ((int)now.fin[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 223: // STATE 191 - transition.pml:423 - [(so)] (0:0:1 - 1)
		IfNotBlocked
		reached[0][191] = 1;
		if (!(((int)((P0 *)_this)->so)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: so */  (trpt+1)->bup.oval = ((P0 *)_this)->so;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P0 *)_this)->so = 0;
		_m = 3; goto P999; /* 0 */
	case 224: // STATE 192 - transition.pml:358 - [fo[i] = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[0][192] = 1;
		(trpt+1)->bup.oval = ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.fo[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("fo[Thread:i]", ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 225: // STATE 193 - transition.pml:360 - [((depth[i]>1))] (214:0:1 - 1)
		IfNotBlocked
		reached[0][193] = 1;
		if (!((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])>1)))
			continue;
		/* merge: depth[i] = (depth[i]-1)(214, 194, 214) */
		reached[0][194] = 1;
		(trpt+1)->bup.oval = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = (((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])-1);
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(214, 199, 214) */
		reached[0][199] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 226: // STATE 199 - transition.pml:363 - [.(goto)] (0:214:0 - 2)
		IfNotBlocked
		reached[0][199] = 1;
		;
		_m = 3; goto P999; /* 0 */
	case 227: // STATE 195 - transition.pml:361 - [((depth[i]==1))] (214:0:2 - 1)
		IfNotBlocked
		reached[0][195] = 1;
		if (!((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])==1)))
			continue;
		/* merge: depth[i] = 0(214, 196, 214) */
		reached[0][196] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: ann[i] = 0(214, 197, 214) */
		reached[0][197] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.ann[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("ann[Thread:i]", ((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(214, 199, 214) */
		reached[0][199] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 228: // STATE 201 - transition.pml:366 - [(((depth[i]==0)&&chk[i]))] (208:0:1 - 1)
		IfNotBlocked
		reached[0][201] = 1;
		if (!(((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])==0)&&((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]))))
			continue;
		/* merge: chk[i] = 0(0, 202, 208) */
		reached[0][202] = 1;
		(trpt+1)->bup.oval = ((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.chk[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("chk[Thread:i]", ((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 229: // STATE 203 - transition.pml:369 - [((((selfCheck&&!(wall))&&(( (pstCur[i]) -> (pst[i]) : (wbase) )!=wtgt))&&!((fo[i]&&chg[0]))))] (292:0:2 - 1)
		IfNotBlocked
		reached[0][203] = 1;
		if (!((((((int)now.selfCheck)&& !(((int)now.wall)))&&(( (((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ])) ? (((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ])) : (((int)now.wbase)) )!=((int)now.wtgt)))&& !((((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ])&&((int)now.chg[0]))))))
			continue;
		/* merge: pstCur[i] = 1(292, 204, 292) */
		reached[0][204] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.pstCur[ Index(((P0 *)_this)->i, 2) ] = 1;
#ifdef VAR_RANGES
		logval("pstCur[Thread:i]", ((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: pst[i] = wtgt(292, 205, 292) */
		reached[0][205] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.pst[ Index(((P0 *)_this)->i, 2) ] = ((int)now.wtgt);
#ifdef VAR_RANGES
		logval("pst[Thread:i]", ((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(292, 209, 292) */
		reached[0][209] = 1;
		;
		/* merge: .(goto)(292, 213, 292) */
		reached[0][213] = 1;
		;
		/* merge: .(goto)(0, 219, 292) */
		reached[0][219] = 1;
		;
		/* merge: .(goto)(0, 282, 292) */
		reached[0][282] = 1;
		;
		/* merge: .(goto)(0, 284, 292) */
		reached[0][284] = 1;
		;
		_m = 3; goto P999; /* 7 */
	case 230: // STATE 209 - transition.pml:372 - [.(goto)] (0:292:0 - 2)
		IfNotBlocked
		reached[0][209] = 1;
		;
		/* merge: .(goto)(292, 213, 292) */
		reached[0][213] = 1;
		;
		/* merge: .(goto)(0, 219, 292) */
		reached[0][219] = 1;
		;
		/* merge: .(goto)(0, 282, 292) */
		reached[0][282] = 1;
		;
		/* merge: .(goto)(0, 284, 292) */
		reached[0][284] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 231: // STATE 207 - transition.pml:370 - [(1)] (292:0:0 - 1)
		IfNotBlocked
		reached[0][207] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(292, 209, 292) */
		reached[0][209] = 1;
		;
		/* merge: .(goto)(292, 213, 292) */
		reached[0][213] = 1;
		;
		/* merge: .(goto)(0, 219, 292) */
		reached[0][219] = 1;
		;
		/* merge: .(goto)(0, 282, 292) */
		reached[0][282] = 1;
		;
		/* merge: .(goto)(0, 284, 292) */
		reached[0][284] = 1;
		;
		_m = 3; goto P999; /* 5 */
	case 232: // STATE 213 - transition.pml:374 - [.(goto)] (0:292:0 - 2)
		IfNotBlocked
		reached[0][213] = 1;
		;
		/* merge: .(goto)(0, 219, 292) */
		reached[0][219] = 1;
		;
		/* merge: .(goto)(0, 282, 292) */
		reached[0][282] = 1;
		;
		/* merge: .(goto)(0, 284, 292) */
		reached[0][284] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 233: // STATE 211 - transition.pml:372 - [(1)] (292:0:0 - 1)
		IfNotBlocked
		reached[0][211] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(292, 213, 292) */
		reached[0][213] = 1;
		;
		/* merge: .(goto)(0, 219, 292) */
		reached[0][219] = 1;
		;
		/* merge: .(goto)(0, 282, 292) */
		reached[0][282] = 1;
		;
		/* merge: .(goto)(0, 284, 292) */
		reached[0][284] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 234: // STATE 217 - transition.pml:429 - [fo[i] = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[0][217] = 1;
		(trpt+1)->bup.oval = ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.fo[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("fo[Thread:i]", ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 235: // STATE 222 - transition.pml:448 - [assert(((forcedEver||((vo==1)&&((vi==1)||(vi==2))))||((vo==0)&&((vi==0)||(vi==2)))))] (0:0:0 - 1)
		IfNotBlocked
		reached[0][222] = 1;
		spin_assert(((((int)now.forcedEver)||((((int)((P0 *)_this)->vo)==1)&&((((int)((P0 *)_this)->vi)==1)||(((int)((P0 *)_this)->vi)==2))))||((((int)((P0 *)_this)->vo)==0)&&((((int)((P0 *)_this)->vi)==0)||(((int)((P0 *)_this)->vi)==2)))), "((forcedEver||((vo==1)&&((vi==1)||(vi==2))))||((vo==0)&&((vi==0)||(vi==2))))", II, tt, t);
		_m = 3; goto P999; /* 0 */
	case 236: // STATE 223 - transition.pml:449 - [(si)] (0:0:1 - 1)
		IfNotBlocked
		reached[0][223] = 1;
		if (!(((int)((P0 *)_this)->si)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: si */  (trpt+1)->bup.oval = ((P0 *)_this)->si;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P0 *)_this)->si = 0;
		_m = 3; goto P999; /* 0 */
	case 237: // STATE 224 - transition.pml:358 - [fin[i] = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[0][224] = 1;
		(trpt+1)->bup.oval = ((int)now.fin[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.fin[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("fin[Thread:i]", ((int)now.fin[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 238: // STATE 225 - transition.pml:360 - [((depth[i]>1))] (246:0:1 - 1)
		IfNotBlocked
		reached[0][225] = 1;
		if (!((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])>1)))
			continue;
		/* merge: depth[i] = (depth[i]-1)(246, 226, 246) */
		reached[0][226] = 1;
		(trpt+1)->bup.oval = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = (((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])-1);
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(246, 231, 246) */
		reached[0][231] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 239: // STATE 231 - transition.pml:363 - [.(goto)] (0:246:0 - 2)
		IfNotBlocked
		reached[0][231] = 1;
		;
		_m = 3; goto P999; /* 0 */
	case 240: // STATE 227 - transition.pml:361 - [((depth[i]==1))] (246:0:2 - 1)
		IfNotBlocked
		reached[0][227] = 1;
		if (!((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])==1)))
			continue;
		/* merge: depth[i] = 0(246, 228, 246) */
		reached[0][228] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: ann[i] = 0(246, 229, 246) */
		reached[0][229] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.ann[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("ann[Thread:i]", ((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(246, 231, 246) */
		reached[0][231] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 241: // STATE 233 - transition.pml:366 - [(((depth[i]==0)&&chk[i]))] (240:0:1 - 1)
		IfNotBlocked
		reached[0][233] = 1;
		if (!(((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])==0)&&((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]))))
			continue;
		/* merge: chk[i] = 0(0, 234, 240) */
		reached[0][234] = 1;
		(trpt+1)->bup.oval = ((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.chk[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("chk[Thread:i]", ((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 242: // STATE 235 - transition.pml:369 - [((((selfCheck&&!(wall))&&(( (pstCur[i]) -> (pst[i]) : (wbase) )!=wtgt))&&!((fo[i]&&chg[0]))))] (279:0:2 - 1)
		IfNotBlocked
		reached[0][235] = 1;
		if (!((((((int)now.selfCheck)&& !(((int)now.wall)))&&(( (((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ])) ? (((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ])) : (((int)now.wbase)) )!=((int)now.wtgt)))&& !((((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ])&&((int)now.chg[0]))))))
			continue;
		/* merge: pstCur[i] = 1(279, 236, 279) */
		reached[0][236] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.pstCur[ Index(((P0 *)_this)->i, 2) ] = 1;
#ifdef VAR_RANGES
		logval("pstCur[Thread:i]", ((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: pst[i] = wtgt(279, 237, 279) */
		reached[0][237] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.pst[ Index(((P0 *)_this)->i, 2) ] = ((int)now.wtgt);
#ifdef VAR_RANGES
		logval("pst[Thread:i]", ((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(279, 241, 279) */
		reached[0][241] = 1;
		;
		/* merge: .(goto)(279, 245, 279) */
		reached[0][245] = 1;
		;
		/* merge: .(goto)(0, 251, 279) */
		reached[0][251] = 1;
		;
		_m = 3; goto P999; /* 5 */
	case 243: // STATE 241 - transition.pml:372 - [.(goto)] (0:279:0 - 2)
		IfNotBlocked
		reached[0][241] = 1;
		;
		/* merge: .(goto)(279, 245, 279) */
		reached[0][245] = 1;
		;
		/* merge: .(goto)(0, 251, 279) */
		reached[0][251] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 244: // STATE 239 - transition.pml:370 - [(1)] (279:0:0 - 1)
		IfNotBlocked
		reached[0][239] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(279, 241, 279) */
		reached[0][241] = 1;
		;
		/* merge: .(goto)(279, 245, 279) */
		reached[0][245] = 1;
		;
		/* merge: .(goto)(0, 251, 279) */
		reached[0][251] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 245: // STATE 245 - transition.pml:374 - [.(goto)] (0:279:0 - 2)
		IfNotBlocked
		reached[0][245] = 1;
		;
		/* merge: .(goto)(0, 251, 279) */
		reached[0][251] = 1;
		;
		_m = 3; goto P999; /* 1 */
	case 246: // STATE 243 - transition.pml:372 - [(1)] (279:0:0 - 1)
		IfNotBlocked
		reached[0][243] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(279, 245, 279) */
		reached[0][245] = 1;
		;
		/* merge: .(goto)(0, 251, 279) */
		reached[0][251] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 247: // STATE 249 - transition.pml:449 - [fin[i] = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[0][249] = 1;
		(trpt+1)->bup.oval = ((int)now.fin[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.fin[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("fin[Thread:i]", ((int)now.fin[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 248: // STATE 252 - transition.pml:450 - [(so)] (0:0:1 - 1)
		IfNotBlocked
		reached[0][252] = 1;
		if (!(((int)((P0 *)_this)->so)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: so */  (trpt+1)->bup.oval = ((P0 *)_this)->so;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P0 *)_this)->so = 0;
		_m = 3; goto P999; /* 0 */
	case 249: // STATE 253 - transition.pml:358 - [fo[i] = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[0][253] = 1;
		(trpt+1)->bup.oval = ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.fo[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("fo[Thread:i]", ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 250: // STATE 254 - transition.pml:360 - [((depth[i]>1))] (275:0:1 - 1)
		IfNotBlocked
		reached[0][254] = 1;
		if (!((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])>1)))
			continue;
		/* merge: depth[i] = (depth[i]-1)(275, 255, 275) */
		reached[0][255] = 1;
		(trpt+1)->bup.oval = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = (((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])-1);
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(275, 260, 275) */
		reached[0][260] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 251: // STATE 260 - transition.pml:363 - [.(goto)] (0:275:0 - 2)
		IfNotBlocked
		reached[0][260] = 1;
		;
		_m = 3; goto P999; /* 0 */
	case 252: // STATE 256 - transition.pml:361 - [((depth[i]==1))] (275:0:2 - 1)
		IfNotBlocked
		reached[0][256] = 1;
		if (!((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])==1)))
			continue;
		/* merge: depth[i] = 0(275, 257, 275) */
		reached[0][257] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: ann[i] = 0(275, 258, 275) */
		reached[0][258] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.ann[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("ann[Thread:i]", ((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(275, 260, 275) */
		reached[0][260] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 253: // STATE 262 - transition.pml:366 - [(((depth[i]==0)&&chk[i]))] (269:0:1 - 1)
		IfNotBlocked
		reached[0][262] = 1;
		if (!(((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])==0)&&((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]))))
			continue;
		/* merge: chk[i] = 0(0, 263, 269) */
		reached[0][263] = 1;
		(trpt+1)->bup.oval = ((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.chk[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("chk[Thread:i]", ((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 254: // STATE 264 - transition.pml:369 - [((((selfCheck&&!(wall))&&(( (pstCur[i]) -> (pst[i]) : (wbase) )!=wtgt))&&!((fo[i]&&chg[0]))))] (292:0:2 - 1)
		IfNotBlocked
		reached[0][264] = 1;
		if (!((((((int)now.selfCheck)&& !(((int)now.wall)))&&(( (((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ])) ? (((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ])) : (((int)now.wbase)) )!=((int)now.wtgt)))&& !((((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ])&&((int)now.chg[0]))))))
			continue;
		/* merge: pstCur[i] = 1(292, 265, 292) */
		reached[0][265] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.pstCur[ Index(((P0 *)_this)->i, 2) ] = 1;
#ifdef VAR_RANGES
		logval("pstCur[Thread:i]", ((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: pst[i] = wtgt(292, 266, 292) */
		reached[0][266] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.pst[ Index(((P0 *)_this)->i, 2) ] = ((int)now.wtgt);
#ifdef VAR_RANGES
		logval("pst[Thread:i]", ((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(292, 270, 292) */
		reached[0][270] = 1;
		;
		/* merge: .(goto)(292, 274, 292) */
		reached[0][274] = 1;
		;
		/* merge: .(goto)(0, 280, 292) */
		reached[0][280] = 1;
		;
		/* merge: .(goto)(0, 282, 292) */
		reached[0][282] = 1;
		;
		/* merge: .(goto)(0, 284, 292) */
		reached[0][284] = 1;
		;
		_m = 3; goto P999; /* 7 */
	case 255: // STATE 270 - transition.pml:372 - [.(goto)] (0:292:0 - 2)
		IfNotBlocked
		reached[0][270] = 1;
		;
		/* merge: .(goto)(292, 274, 292) */
		reached[0][274] = 1;
		;
		/* merge: .(goto)(0, 280, 292) */
		reached[0][280] = 1;
		;
		/* merge: .(goto)(0, 282, 292) */
		reached[0][282] = 1;
		;
		/* merge: .(goto)(0, 284, 292) */
		reached[0][284] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 256: // STATE 268 - transition.pml:370 - [(1)] (292:0:0 - 1)
		IfNotBlocked
		reached[0][268] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(292, 270, 292) */
		reached[0][270] = 1;
		;
		/* merge: .(goto)(292, 274, 292) */
		reached[0][274] = 1;
		;
		/* merge: .(goto)(0, 280, 292) */
		reached[0][280] = 1;
		;
		/* merge: .(goto)(0, 282, 292) */
		reached[0][282] = 1;
		;
		/* merge: .(goto)(0, 284, 292) */
		reached[0][284] = 1;
		;
		_m = 3; goto P999; /* 5 */
	case 257: // STATE 274 - transition.pml:374 - [.(goto)] (0:292:0 - 2)
		IfNotBlocked
		reached[0][274] = 1;
		;
		/* merge: .(goto)(0, 280, 292) */
		reached[0][280] = 1;
		;
		/* merge: .(goto)(0, 282, 292) */
		reached[0][282] = 1;
		;
		/* merge: .(goto)(0, 284, 292) */
		reached[0][284] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 258: // STATE 272 - transition.pml:372 - [(1)] (292:0:0 - 1)
		IfNotBlocked
		reached[0][272] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(292, 274, 292) */
		reached[0][274] = 1;
		;
		/* merge: .(goto)(0, 280, 292) */
		reached[0][280] = 1;
		;
		/* merge: .(goto)(0, 282, 292) */
		reached[0][282] = 1;
		;
		/* merge: .(goto)(0, 284, 292) */
		reached[0][284] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 259: // STATE 278 - transition.pml:450 - [fo[i] = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[0][278] = 1;
		(trpt+1)->bup.oval = ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.fo[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("fo[Thread:i]", ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 260: // STATE 285 - transition.pml:454 - [vo = 0] (0:295:7 - 1)
		IfNotBlocked
		reached[0][285] = 1;
		(trpt+1)->bup.ovals = grab_ints(7);
		(trpt+1)->bup.ovals[0] = ((int)((P0 *)_this)->vo);
		((P0 *)_this)->vo = 0;
#ifdef VAR_RANGES
		logval("Thread:vo", ((int)((P0 *)_this)->vo));
#endif
		;
		/* merge: vi = 0(295, 286, 295) */
		reached[0][286] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P0 *)_this)->vi);
		((P0 *)_this)->vi = 0;
#ifdef VAR_RANGES
		logval("Thread:vi", ((int)((P0 *)_this)->vi));
#endif
		;
		/* merge: so = 0(295, 287, 295) */
		reached[0][287] = 1;
		(trpt+1)->bup.ovals[2] = ((int)((P0 *)_this)->so);
		((P0 *)_this)->so = 0;
#ifdef VAR_RANGES
		logval("Thread:so", ((int)((P0 *)_this)->so));
#endif
		;
		/* merge: si = 0(295, 288, 295) */
		reached[0][288] = 1;
		(trpt+1)->bup.ovals[3] = ((int)((P0 *)_this)->si);
		((P0 *)_this)->si = 0;
#ifdef VAR_RANGES
		logval("Thread:si", ((int)((P0 *)_this)->si));
#endif
		;
		/* merge: e = 0(295, 289, 295) */
		reached[0][289] = 1;
		(trpt+1)->bup.ovals[4] = ((int)((P0 *)_this)->e);
		((P0 *)_this)->e = 0;
#ifdef VAR_RANGES
		logval("Thread:e", ((int)((P0 *)_this)->e));
#endif
		;
		/* merge: mode = 0(295, 290, 295) */
		reached[0][290] = 1;
		(trpt+1)->bup.ovals[5] = ((int)((P0 *)_this)->mode);
		((P0 *)_this)->mode = 0;
#ifdef VAR_RANGES
		logval("Thread:mode", ((int)((P0 *)_this)->mode));
#endif
		;
		/* merge: n = (n+1)(295, 291, 295) */
		reached[0][291] = 1;
		(trpt+1)->bup.ovals[6] = ((int)((P0 *)_this)->n);
		((P0 *)_this)->n = (((int)((P0 *)_this)->n)+1);
#ifdef VAR_RANGES
		logval("Thread:n", ((int)((P0 *)_this)->n));
#endif
		;
		/* merge: .(goto)(0, 296, 295) */
		reached[0][296] = 1;
		;
		_m = 3; goto P999; /* 7 */
	case 261: // STATE 298 - transition.pml:462 - [assert(((depth[i]==0)&&(ann[i]==0)))] (0:0:0 - 3)
		IfNotBlocked
		reached[0][298] = 1;
		spin_assert(((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])==0)&&(((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ])==0)), "((depth[i]==0)&&(ann[i]==0))", II, tt, t);
		_m = 3; goto P999; /* 0 */
	case 262: // STATE 299 - transition.pml:463 - [running = (running-1)] (0:0:1 - 1)
		IfNotBlocked
		reached[0][299] = 1;
		(trpt+1)->bup.oval = ((int)now.running);
		now.running = (((int)now.running)-1);
#ifdef VAR_RANGES
		logval("running", ((int)now.running));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 263: // STATE 300 - transition.pml:464 - [-end-] (0:0:0 - 1)
		IfNotBlocked
		reached[0][300] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */
	case  _T5:	/* np_ */
		if (!((!(trpt->o_pm&4) && !(trpt->tau&128))))
			continue;
		/* else fall through */
	case  _T2:	/* true */
		_m = 3; goto P999;
#undef rand
	}

