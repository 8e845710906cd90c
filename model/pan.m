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
	case 3: // STATE 1 - transition.pml:680 - [(((((opsRunning==0)&&(running==0))&&(tpatch==0))&&!(lock)))] (0:0:0 - 1)
		IfNotBlocked
		reached[4][1] = 1;
		if (!(((((((int)now.opsRunning)==0)&&(((int)now.running)==0))&&(((int)now.tpatch)==0))&& !(((int)now.lock)))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 4: // STATE 2 - transition.pml:681 - [assert(((pend[1]==0)&&(pend[2]==0)))] (0:0:0 - 1)
		IfNotBlocked
		reached[4][2] = 1;
		spin_assert(((((int)now.pend[1])==0)&&(((int)now.pend[2])==0)), "((pend[1]==0)&&(pend[2]==0))", II, tt, t);
		_m = 3; goto P999; /* 0 */
	case 5: // STATE 3 - transition.pml:682 - [-end-] (0:0:0 - 1)
		IfNotBlocked
		reached[4][3] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* PROC :init: */
	case 6: // STATE 1 - transition.pml:645 - [bound[0] = 1] (0:22:16 - 1)
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
	case 7: // STATE 17 - transition.pml:664 - [((k<2))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][17] = 1;
		if (!((((int)now.k)<2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 8: // STATE 18 - transition.pml:664 - [(run Thread(k))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][18] = 1;
		if (!(addproc(II, 1, 0, ((int)now.k))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 9: // STATE 19 - transition.pml:664 - [k = (k+1)] (0:0:1 - 1)
		IfNotBlocked
		reached[3][19] = 1;
		(trpt+1)->bup.oval = ((int)now.k);
		now.k = (((int)now.k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)now.k));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 10: // STATE 25 - transition.pml:667 - [(run Driver())] (0:0:0 - 3)
		IfNotBlocked
		reached[3][25] = 1;
		if (!(addproc(II, 1, 1, 0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 11: // STATE 26 - transition.pml:668 - [(run Operator())] (0:0:0 - 1)
		IfNotBlocked
		reached[3][26] = 1;
		if (!(addproc(II, 1, 2, 0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 12: // STATE 27 - transition.pml:669 - [(run Monitor())] (0:0:0 - 1)
		IfNotBlocked
		reached[3][27] = 1;
		if (!(addproc(II, 1, 4, 0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 13: // STATE 29 - transition.pml:674 - [-end-] (0:0:0 - 1)
		IfNotBlocked
		reached[3][29] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* PROC Operator */
	case 14: // STATE 1 - transition.pml:139 - [(!(lock))] (100:0:1 - 1)
		IfNotBlocked
		reached[2][1] = 1;
		if (!( !(((int)now.lock))))
			continue;
		/* merge: lock = 1(0, 2, 100) */
		reached[2][2] = 1;
		(trpt+1)->bup.oval = ((int)now.lock);
		now.lock = 1;
#ifdef VAR_RANGES
		logval("lock", ((int)now.lock));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 15: // STATE 5 - transition.pml:540 - [((((tpatch==1)&&(wtgt==1))&&!(completing)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][5] = 1;
		if (!((((((int)now.tpatch)==1)&&(((int)now.wtgt)==1))&& !(((int)now.completing)))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 16: // STATE 6 - transition.pml:540 - [pend[1] = (pend[1]+1)] (0:0:1 - 1)
		IfNotBlocked
		reached[2][6] = 1;
		(trpt+1)->bup.oval = ((int)now.pend[1]);
		now.pend[1] = (((int)now.pend[1])+1);
#ifdef VAR_RANGES
		logval("pend[1]", ((int)now.pend[1]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 17: // STATE 11 - transition.pml:226 - [D_STEP226]
		IfNotBlocked

		reached[2][11] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_991_0: /* 2 */
		now.wtgt = (1-((int)now.wtgt));
#ifdef VAR_RANGES
		logval("wtgt", ((int)now.wtgt));
#endif
		;
S_992_0: /* 2 */
		now.reversed =  !(((int)now.reversed));
#ifdef VAR_RANGES
		logval("reversed", ((int)now.reversed));
#endif
		;
S_993_0: /* 2 */
		now.rounds = 0;
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
S_994_0: /* 2 */
		now.on[ Index(now.tpatch, 3) ] = (((int)now.wtgt)==1);
#ifdef VAR_RANGES
		logval("on[tpatch]", ((int)now.on[ Index(((int)now.tpatch), 3) ]));
#endif
		;
		goto S_1000_0;
S_1000_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 18: // STATE 15 - transition.pml:189 - [D_STEP189]
		IfNotBlocked

		reached[2][15] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_996_0: /* 2 */
		now.selfCheck = 1;
#ifdef VAR_RANGES
		logval("selfCheck", ((int)now.selfCheck));
#endif
		;
S_997_0: /* 2 */
		now.chk[0] = (( (((int)now.pstCur[0])) ? (((int)now.pst[0])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[0]", ((int)now.chk[0]));
#endif
		;
S_998_0: /* 2 */
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

	case 19: // STATE 19 - transition.pml:542 - [((((loaded[1]&&!(loading[1]))&&on[1])&&(tpatch==0)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][19] = 1;
		if (!((((((int)now.loaded[1])&& !(((int)now.loading[1])))&&((int)now.on[1]))&&(((int)now.tpatch)==0))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 20: // STATE 40 - transition.pml:175 - [D_STEP175]
		IfNotBlocked

		reached[2][40] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1004_0: /* 2 */
		now.wtgt = 0;
#ifdef VAR_RANGES
		logval("wtgt", ((int)now.wtgt));
#endif
		;
S_1005_0: /* 2 */
		now.wbase = (1-0);
#ifdef VAR_RANGES
		logval("wbase", ((int)now.wbase));
#endif
		;
S_1006_0: /* 2 */
		now.wall = 0;
#ifdef VAR_RANGES
		logval("wall", ((int)now.wall));
#endif
		;
S_1007_0: /* 2 */
		now.tgen = (((int)now.tgen)+1);
#ifdef VAR_RANGES
		logval("tgen", ((int)now.tgen));
#endif
		;
S_1008_0: /* 2 */
		now.treqCur[0] = 0;
#ifdef VAR_RANGES
		logval("treqCur[0]", ((int)now.treqCur[0]));
#endif
		;
S_1009_0: /* 2 */
		now.treqCur[1] = 0;
#ifdef VAR_RANGES
		logval("treqCur[1]", ((int)now.treqCur[1]));
#endif
		;
S_1010_0: /* 2 */
		now.pstCur[0] = 0;
#ifdef VAR_RANGES
		logval("pstCur[0]", ((int)now.pstCur[0]));
#endif
		;
S_1011_0: /* 2 */
		now.pstCur[1] = 0;
#ifdef VAR_RANGES
		logval("pstCur[1]", ((int)now.pstCur[1]));
#endif
		;
S_1012_0: /* 2 */
		now.latCur[0] = 0;
#ifdef VAR_RANGES
		logval("latCur[0]", ((int)now.latCur[0]));
#endif
		;
S_1013_0: /* 2 */
		now.latCur[1] = 0;
#ifdef VAR_RANGES
		logval("latCur[1]", ((int)now.latCur[1]));
#endif
		;
S_1014_0: /* 2 */
		now.snap[0] = ((int)now.stk[0]);
#ifdef VAR_RANGES
		logval("snap[0]", ((int)now.snap[0]));
#endif
		;
S_1015_0: /* 2 */
		now.snap[1] = ((int)now.stk[1]);
#ifdef VAR_RANGES
		logval("snap[1]", ((int)now.snap[1]));
#endif
		;
S_1016_0: /* 2 */
		now.snap[2] = ((int)now.stk[2]);
#ifdef VAR_RANGES
		logval("snap[2]", ((int)now.snap[2]));
#endif
		;
S_1017_0: /* 2 */
		now.snap[3] = ((int)now.stk[3]);
#ifdef VAR_RANGES
		logval("snap[3]", ((int)now.snap[3]));
#endif
		;
S_1018_0: /* 2 */
		now.snapsz[0] = ((int)now.sz[0]);
#ifdef VAR_RANGES
		logval("snapsz[0]", ((int)now.snapsz[0]));
#endif
		;
S_1019_0: /* 2 */
		now.snapsz[1] = ((int)now.sz[1]);
#ifdef VAR_RANGES
		logval("snapsz[1]", ((int)now.snapsz[1]));
#endif
		;
S_1020_0: /* 2 */
		now.rounds = 0;
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
S_1021_0: /* 2 */
		now.reversed = 0;
#ifdef VAR_RANGES
		logval("reversed", ((int)now.reversed));
#endif
		;
S_1022_0: /* 2 */
		now.tpatch = 1;
#ifdef VAR_RANGES
		logval("tpatch", ((int)now.tpatch));
#endif
		;
S_1023_0: /* 2 */
		now.pend[1] = (((int)now.pend[1])+1);
#ifdef VAR_RANGES
		logval("pend[1]", ((int)now.pend[1]));
#endif
		;
		goto S_1050_0;
S_1050_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 21: // STATE 42 - transition.pml:218 - [(((1==1)||(0==1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][42] = 1;
		if (!(((1==1)||(0==1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 22: // STATE 43 - transition.pml:206 - [(((sz[0]>0)&&(stk[(((2*0)+sz[0])-1)]==1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][43] = 1;
		if (!(((((int)now.sz[0])>0)&&(((int)now.stk[ Index((((2*0)+((int)now.sz[0]))-1), 4) ])==1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 23: // STATE 57 - transition.pml:153 - [D_STEP153]
		if (!(((boq == -1 && 0)) || (boq == -1 /* else */)))
			continue;

		reached[2][57] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1033_0: /* 2 */
S_1028_0: /* 2 */
		if (!(0))
			goto S_1033_1;
S_1029_0: /* 2 */
		now.stk[ Index(((2*0)+now.sz[0]), 4) ] = 1;
#ifdef VAR_RANGES
		logval("stk[((2*0)+sz[0])]", ((int)now.stk[ Index(((2*0)+((int)now.sz[0])), 4) ]));
#endif
		;
S_1030_0: /* 2 */
		now.sz[0] = (((int)now.sz[0])+1);
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1034_0;
S_1033_1: /* 3 */
S_1031_0: /* 2 */
		/* else */;
S_1032_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1034_0;
S_1033_2: /* 3 */
		Uerror("blocking sel in d_step (nr.0, near line 154)");
S_1034_0: /* 2 */
S_1035_0: /* 2 */
		now.intr[0] = 1;
#ifdef VAR_RANGES
		logval("intr[0]", ((int)now.intr[0]));
#endif
		;
S_1036_0: /* 2 */
		now.treqCur[0] = 1;
#ifdef VAR_RANGES
		logval("treqCur[0]", ((int)now.treqCur[0]));
#endif
		;
S_1037_0: /* 2 */
		now.tver[0] = ((int)now.tgen);
#ifdef VAR_RANGES
		logval("tver[0]", ((int)now.tver[0]));
#endif
		;
S_1038_0: /* 2 */
		now.tsTop[0] = ((int)now.stk[ Index((((2*0)+((int)now.sz[0]))-1), 4) ]);
#ifdef VAR_RANGES
		logval("tsTop[0]", ((int)now.tsTop[0]));
#endif
		;
S_1039_0: /* 2 */
		now.tsBelow[0] = ( ((((int)now.sz[0])>1)) ? (((int)now.stk[ Index((2*0), 4) ])) : (0) );
#ifdef VAR_RANGES
		logval("tsBelow[0]", ((int)now.tsBelow[0]));
#endif
		;
S_1040_0: /* 2 */
		now.chg[0] = 1;
#ifdef VAR_RANGES
		logval("chg[0]", ((int)now.chg[0]));
#endif
		;
		goto S_1046_0;
S_1046_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 24: // STATE 68 - transition.pml:206 - [(((sz[1]>0)&&(stk[(((2*1)+sz[1])-1)]==1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][68] = 1;
		if (!(((((int)now.sz[1])>0)&&(((int)now.stk[ Index((((2*1)+((int)now.sz[1]))-1), 4) ])==1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 25: // STATE 82 - transition.pml:153 - [D_STEP153]
		if (!(((boq == -1 && 0)) || (boq == -1 /* else */)))
			continue;

		reached[2][82] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1058_0: /* 2 */
S_1053_0: /* 2 */
		if (!(0))
			goto S_1058_1;
S_1054_0: /* 2 */
		now.stk[ Index(((2*1)+now.sz[1]), 4) ] = 1;
#ifdef VAR_RANGES
		logval("stk[((2*1)+sz[1])]", ((int)now.stk[ Index(((2*1)+((int)now.sz[1])), 4) ]));
#endif
		;
S_1055_0: /* 2 */
		now.sz[1] = (((int)now.sz[1])+1);
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1059_0;
S_1058_1: /* 3 */
S_1056_0: /* 2 */
		/* else */;
S_1057_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1059_0;
S_1058_2: /* 3 */
		Uerror("blocking sel in d_step (nr.1, near line 154)");
S_1059_0: /* 2 */
S_1060_0: /* 2 */
		now.intr[1] = 1;
#ifdef VAR_RANGES
		logval("intr[1]", ((int)now.intr[1]));
#endif
		;
S_1061_0: /* 2 */
		now.treqCur[1] = 1;
#ifdef VAR_RANGES
		logval("treqCur[1]", ((int)now.treqCur[1]));
#endif
		;
S_1062_0: /* 2 */
		now.tver[1] = ((int)now.tgen);
#ifdef VAR_RANGES
		logval("tver[1]", ((int)now.tver[1]));
#endif
		;
S_1063_0: /* 2 */
		now.tsTop[1] = ((int)now.stk[ Index((((2*1)+((int)now.sz[1]))-1), 4) ]);
#ifdef VAR_RANGES
		logval("tsTop[1]", ((int)now.tsTop[1]));
#endif
		;
S_1064_0: /* 2 */
		now.tsBelow[1] = ( ((((int)now.sz[1])>1)) ? (((int)now.stk[ Index((2*1), 4) ])) : (0) );
#ifdef VAR_RANGES
		logval("tsBelow[1]", ((int)now.tsBelow[1]));
#endif
		;
S_1065_0: /* 2 */
		now.chg[1] = 1;
#ifdef VAR_RANGES
		logval("chg[1]", ((int)now.chg[1]));
#endif
		;
		goto S_1071_0;
S_1071_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 26: // STATE 89 - transition.pml:220 - [on[1] = 0] (0:0:1 - 3)
		IfNotBlocked
		reached[2][89] = 1;
		(trpt+1)->bup.oval = ((int)now.on[1]);
		now.on[1] = 0;
#ifdef VAR_RANGES
		logval("on[1]", ((int)now.on[1]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 27: // STATE 93 - transition.pml:189 - [D_STEP189]
		IfNotBlocked

		reached[2][93] = 1;
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

	case 28: // STATE 102 - transition.pml:140 - [lock = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[2][102] = 1;
		(trpt+1)->bup.oval = ((int)now.lock);
		now.lock = 0;
#ifdef VAR_RANGES
		logval("lock", ((int)now.lock));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 29: // STATE 105 - transition.pml:139 - [(!(lock))] (194:0:1 - 1)
		IfNotBlocked
		reached[2][105] = 1;
		if (!( !(((int)now.lock))))
			continue;
		/* merge: lock = 1(0, 106, 194) */
		reached[2][106] = 1;
		(trpt+1)->bup.oval = ((int)now.lock);
		now.lock = 1;
#ifdef VAR_RANGES
		logval("lock", ((int)now.lock));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 30: // STATE 109 - transition.pml:528 - [((((tpatch==1)&&(wtgt==0))&&!(completing)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][109] = 1;
		if (!((((((int)now.tpatch)==1)&&(((int)now.wtgt)==0))&& !(((int)now.completing)))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 31: // STATE 110 - transition.pml:528 - [pend[1] = (pend[1]+1)] (0:0:1 - 1)
		IfNotBlocked
		reached[2][110] = 1;
		(trpt+1)->bup.oval = ((int)now.pend[1]);
		now.pend[1] = (((int)now.pend[1])+1);
#ifdef VAR_RANGES
		logval("pend[1]", ((int)now.pend[1]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 32: // STATE 115 - transition.pml:226 - [D_STEP226]
		IfNotBlocked

		reached[2][115] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1095_0: /* 2 */
		now.wtgt = (1-((int)now.wtgt));
#ifdef VAR_RANGES
		logval("wtgt", ((int)now.wtgt));
#endif
		;
S_1096_0: /* 2 */
		now.reversed =  !(((int)now.reversed));
#ifdef VAR_RANGES
		logval("reversed", ((int)now.reversed));
#endif
		;
S_1097_0: /* 2 */
		now.rounds = 0;
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
S_1098_0: /* 2 */
		now.on[ Index(now.tpatch, 3) ] = (((int)now.wtgt)==1);
#ifdef VAR_RANGES
		logval("on[tpatch]", ((int)now.on[ Index(((int)now.tpatch), 3) ]));
#endif
		;
		goto S_1104_0;
S_1104_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 33: // STATE 119 - transition.pml:189 - [D_STEP189]
		IfNotBlocked

		reached[2][119] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1100_0: /* 2 */
		now.selfCheck = 1;
#ifdef VAR_RANGES
		logval("selfCheck", ((int)now.selfCheck));
#endif
		;
S_1101_0: /* 2 */
		now.chk[0] = (( (((int)now.pstCur[0])) ? (((int)now.pst[0])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[0]", ((int)now.chk[0]));
#endif
		;
S_1102_0: /* 2 */
		now.chk[1] = (( (((int)now.pstCur[1])) ? (((int)now.pst[1])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[1]", ((int)now.chk[1]));
#endif
		;
		goto S_1179_0;
S_1179_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 34: // STATE 123 - transition.pml:530 - [((((loaded[1]&&!(loading[1]))&&!(on[1]))&&(tpatch==0)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][123] = 1;
		if (!((((((int)now.loaded[1])&& !(((int)now.loading[1])))&& !(((int)now.on[1])))&&(((int)now.tpatch)==0))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 35: // STATE 144 - transition.pml:175 - [D_STEP175]
		IfNotBlocked

		reached[2][144] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1108_0: /* 2 */
		now.wtgt = 1;
#ifdef VAR_RANGES
		logval("wtgt", ((int)now.wtgt));
#endif
		;
S_1109_0: /* 2 */
		now.wbase = (1-1);
#ifdef VAR_RANGES
		logval("wbase", ((int)now.wbase));
#endif
		;
S_1110_0: /* 2 */
		now.wall = 0;
#ifdef VAR_RANGES
		logval("wall", ((int)now.wall));
#endif
		;
S_1111_0: /* 2 */
		now.tgen = (((int)now.tgen)+1);
#ifdef VAR_RANGES
		logval("tgen", ((int)now.tgen));
#endif
		;
S_1112_0: /* 2 */
		now.treqCur[0] = 0;
#ifdef VAR_RANGES
		logval("treqCur[0]", ((int)now.treqCur[0]));
#endif
		;
S_1113_0: /* 2 */
		now.treqCur[1] = 0;
#ifdef VAR_RANGES
		logval("treqCur[1]", ((int)now.treqCur[1]));
#endif
		;
S_1114_0: /* 2 */
		now.pstCur[0] = 0;
#ifdef VAR_RANGES
		logval("pstCur[0]", ((int)now.pstCur[0]));
#endif
		;
S_1115_0: /* 2 */
		now.pstCur[1] = 0;
#ifdef VAR_RANGES
		logval("pstCur[1]", ((int)now.pstCur[1]));
#endif
		;
S_1116_0: /* 2 */
		now.latCur[0] = 0;
#ifdef VAR_RANGES
		logval("latCur[0]", ((int)now.latCur[0]));
#endif
		;
S_1117_0: /* 2 */
		now.latCur[1] = 0;
#ifdef VAR_RANGES
		logval("latCur[1]", ((int)now.latCur[1]));
#endif
		;
S_1118_0: /* 2 */
		now.snap[0] = ((int)now.stk[0]);
#ifdef VAR_RANGES
		logval("snap[0]", ((int)now.snap[0]));
#endif
		;
S_1119_0: /* 2 */
		now.snap[1] = ((int)now.stk[1]);
#ifdef VAR_RANGES
		logval("snap[1]", ((int)now.snap[1]));
#endif
		;
S_1120_0: /* 2 */
		now.snap[2] = ((int)now.stk[2]);
#ifdef VAR_RANGES
		logval("snap[2]", ((int)now.snap[2]));
#endif
		;
S_1121_0: /* 2 */
		now.snap[3] = ((int)now.stk[3]);
#ifdef VAR_RANGES
		logval("snap[3]", ((int)now.snap[3]));
#endif
		;
S_1122_0: /* 2 */
		now.snapsz[0] = ((int)now.sz[0]);
#ifdef VAR_RANGES
		logval("snapsz[0]", ((int)now.snapsz[0]));
#endif
		;
S_1123_0: /* 2 */
		now.snapsz[1] = ((int)now.sz[1]);
#ifdef VAR_RANGES
		logval("snapsz[1]", ((int)now.snapsz[1]));
#endif
		;
S_1124_0: /* 2 */
		now.rounds = 0;
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
S_1125_0: /* 2 */
		now.reversed = 0;
#ifdef VAR_RANGES
		logval("reversed", ((int)now.reversed));
#endif
		;
S_1126_0: /* 2 */
		now.tpatch = 1;
#ifdef VAR_RANGES
		logval("tpatch", ((int)now.tpatch));
#endif
		;
S_1127_0: /* 2 */
		now.pend[1] = (((int)now.pend[1])+1);
#ifdef VAR_RANGES
		logval("pend[1]", ((int)now.pend[1]));
#endif
		;
		goto S_1148_0;
S_1148_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 36: // STATE 146 - transition.pml:196 - [(((1==1)||(0==1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][146] = 1;
		if (!(((1==1)||(0==1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 37: // STATE 160 - transition.pml:153 - [D_STEP153]
		if (!(((boq == -1 && 1)) || (boq == -1 /* else */)))
			continue;

		reached[2][160] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1136_0: /* 2 */
S_1131_0: /* 2 */
		if (!(1))
			goto S_1136_1;
S_1132_0: /* 2 */
		now.stk[ Index(((2*0)+now.sz[0]), 4) ] = 1;
#ifdef VAR_RANGES
		logval("stk[((2*0)+sz[0])]", ((int)now.stk[ Index(((2*0)+((int)now.sz[0])), 4) ]));
#endif
		;
S_1133_0: /* 2 */
		now.sz[0] = (((int)now.sz[0])+1);
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1137_0;
S_1136_1: /* 3 */
S_1134_0: /* 2 */
		/* else */;
S_1135_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1137_0;
S_1136_2: /* 3 */
		Uerror("blocking sel in d_step (nr.2, near line 154)");
S_1137_0: /* 2 */
S_1138_0: /* 2 */
		now.intr[0] = 1;
#ifdef VAR_RANGES
		logval("intr[0]", ((int)now.intr[0]));
#endif
		;
S_1139_0: /* 2 */
		now.treqCur[0] = 1;
#ifdef VAR_RANGES
		logval("treqCur[0]", ((int)now.treqCur[0]));
#endif
		;
S_1140_0: /* 2 */
		now.tver[0] = ((int)now.tgen);
#ifdef VAR_RANGES
		logval("tver[0]", ((int)now.tver[0]));
#endif
		;
S_1141_0: /* 2 */
		now.tsTop[0] = ((int)now.stk[ Index((((2*0)+((int)now.sz[0]))-1), 4) ]);
#ifdef VAR_RANGES
		logval("tsTop[0]", ((int)now.tsTop[0]));
#endif
		;
S_1142_0: /* 2 */
		now.tsBelow[0] = ( ((((int)now.sz[0])>1)) ? (((int)now.stk[ Index((2*0), 4) ])) : (0) );
#ifdef VAR_RANGES
		logval("tsBelow[0]", ((int)now.tsBelow[0]));
#endif
		;
S_1143_0: /* 2 */
		now.chg[0] = 1;
#ifdef VAR_RANGES
		logval("chg[0]", ((int)now.chg[0]));
#endif
		;
		goto S_1149_0;
S_1149_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 38: // STATE 179 - transition.pml:153 - [D_STEP153]
		if (!(((boq == -1 && 1)) || (boq == -1 /* else */)))
			continue;

		reached[2][179] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1155_0: /* 2 */
S_1150_0: /* 2 */
		if (!(1))
			goto S_1155_1;
S_1151_0: /* 2 */
		now.stk[ Index(((2*1)+now.sz[1]), 4) ] = 1;
#ifdef VAR_RANGES
		logval("stk[((2*1)+sz[1])]", ((int)now.stk[ Index(((2*1)+((int)now.sz[1])), 4) ]));
#endif
		;
S_1152_0: /* 2 */
		now.sz[1] = (((int)now.sz[1])+1);
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1156_0;
S_1155_1: /* 3 */
S_1153_0: /* 2 */
		/* else */;
S_1154_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1156_0;
S_1155_2: /* 3 */
		Uerror("blocking sel in d_step (nr.3, near line 154)");
S_1156_0: /* 2 */
S_1157_0: /* 2 */
		now.intr[1] = 1;
#ifdef VAR_RANGES
		logval("intr[1]", ((int)now.intr[1]));
#endif
		;
S_1158_0: /* 2 */
		now.treqCur[1] = 1;
#ifdef VAR_RANGES
		logval("treqCur[1]", ((int)now.treqCur[1]));
#endif
		;
S_1159_0: /* 2 */
		now.tver[1] = ((int)now.tgen);
#ifdef VAR_RANGES
		logval("tver[1]", ((int)now.tver[1]));
#endif
		;
S_1160_0: /* 2 */
		now.tsTop[1] = ((int)now.stk[ Index((((2*1)+((int)now.sz[1]))-1), 4) ]);
#ifdef VAR_RANGES
		logval("tsTop[1]", ((int)now.tsTop[1]));
#endif
		;
S_1161_0: /* 2 */
		now.tsBelow[1] = ( ((((int)now.sz[1])>1)) ? (((int)now.stk[ Index((2*1), 4) ])) : (0) );
#ifdef VAR_RANGES
		logval("tsBelow[1]", ((int)now.tsBelow[1]));
#endif
		;
S_1162_0: /* 2 */
		now.chg[1] = 1;
#ifdef VAR_RANGES
		logval("chg[1]", ((int)now.chg[1]));
#endif
		;
		goto S_1167_0;
S_1167_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 39: // STATE 183 - transition.pml:198 - [D_STEP198]
		IfNotBlocked

		reached[2][183] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1165_0: /* 2 */
		now.on[1] = 1;
#ifdef VAR_RANGES
		logval("on[1]", ((int)now.on[1]));
#endif
		;
S_1166_0: /* 2 */
		now.pu[1] = 0;
#ifdef VAR_RANGES
		logval("pu[1]", ((int)now.pu[1]));
#endif
		;
		goto S_1172_0;
S_1172_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 40: // STATE 187 - transition.pml:189 - [D_STEP189]
		IfNotBlocked

		reached[2][187] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1168_0: /* 2 */
		now.selfCheck = 1;
#ifdef VAR_RANGES
		logval("selfCheck", ((int)now.selfCheck));
#endif
		;
S_1169_0: /* 2 */
		now.chk[0] = (( (((int)now.pstCur[0])) ? (((int)now.pst[0])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[0]", ((int)now.chk[0]));
#endif
		;
S_1170_0: /* 2 */
		now.chk[1] = (( (((int)now.pstCur[1])) ? (((int)now.pst[1])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[1]", ((int)now.chk[1]));
#endif
		;
		goto S_1177_0;
S_1177_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 41: // STATE 196 - transition.pml:140 - [lock = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[2][196] = 1;
		(trpt+1)->bup.oval = ((int)now.lock);
		now.lock = 0;
#ifdef VAR_RANGES
		logval("lock", ((int)now.lock));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 42: // STATE 202 - transition.pml:602 - [((tpatch==0))] (0:0:0 - 3)
		IfNotBlocked
		reached[2][202] = 1;
		if (!((((int)now.tpatch)==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 43: // STATE 203 - transition.pml:139 - [(!(lock))] (302:0:1 - 1)
		IfNotBlocked
		reached[2][203] = 1;
		if (!( !(((int)now.lock))))
			continue;
		/* merge: lock = 1(0, 204, 302) */
		reached[2][204] = 1;
		(trpt+1)->bup.oval = ((int)now.lock);
		now.lock = 1;
#ifdef VAR_RANGES
		logval("lock", ((int)now.lock));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 44: // STATE 207 - transition.pml:540 - [((((tpatch==2)&&(wtgt==1))&&!(completing)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][207] = 1;
		if (!((((((int)now.tpatch)==2)&&(((int)now.wtgt)==1))&& !(((int)now.completing)))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 45: // STATE 208 - transition.pml:540 - [pend[2] = (pend[2]+1)] (0:0:1 - 1)
		IfNotBlocked
		reached[2][208] = 1;
		(trpt+1)->bup.oval = ((int)now.pend[2]);
		now.pend[2] = (((int)now.pend[2])+1);
#ifdef VAR_RANGES
		logval("pend[2]", ((int)now.pend[2]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 46: // STATE 213 - transition.pml:226 - [D_STEP226]
		IfNotBlocked

		reached[2][213] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1193_0: /* 2 */
		now.wtgt = (1-((int)now.wtgt));
#ifdef VAR_RANGES
		logval("wtgt", ((int)now.wtgt));
#endif
		;
S_1194_0: /* 2 */
		now.reversed =  !(((int)now.reversed));
#ifdef VAR_RANGES
		logval("reversed", ((int)now.reversed));
#endif
		;
S_1195_0: /* 2 */
		now.rounds = 0;
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
S_1196_0: /* 2 */
		now.on[ Index(now.tpatch, 3) ] = (((int)now.wtgt)==1);
#ifdef VAR_RANGES
		logval("on[tpatch]", ((int)now.on[ Index(((int)now.tpatch), 3) ]));
#endif
		;
		goto S_1202_0;
S_1202_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 47: // STATE 217 - transition.pml:189 - [D_STEP189]
		IfNotBlocked

		reached[2][217] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1198_0: /* 2 */
		now.selfCheck = 1;
#ifdef VAR_RANGES
		logval("selfCheck", ((int)now.selfCheck));
#endif
		;
S_1199_0: /* 2 */
		now.chk[0] = (( (((int)now.pstCur[0])) ? (((int)now.pst[0])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[0]", ((int)now.chk[0]));
#endif
		;
S_1200_0: /* 2 */
		now.chk[1] = (( (((int)now.pstCur[1])) ? (((int)now.pst[1])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[1]", ((int)now.chk[1]));
#endif
		;
		goto S_1287_0;
S_1287_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 48: // STATE 221 - transition.pml:542 - [((((loaded[2]&&!(loading[2]))&&on[2])&&(tpatch==0)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][221] = 1;
		if (!((((((int)now.loaded[2])&& !(((int)now.loading[2])))&&((int)now.on[2]))&&(((int)now.tpatch)==0))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 49: // STATE 242 - transition.pml:175 - [D_STEP175]
		IfNotBlocked

		reached[2][242] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1206_0: /* 2 */
		now.wtgt = 0;
#ifdef VAR_RANGES
		logval("wtgt", ((int)now.wtgt));
#endif
		;
S_1207_0: /* 2 */
		now.wbase = (1-0);
#ifdef VAR_RANGES
		logval("wbase", ((int)now.wbase));
#endif
		;
S_1208_0: /* 2 */
		now.wall = 0;
#ifdef VAR_RANGES
		logval("wall", ((int)now.wall));
#endif
		;
S_1209_0: /* 2 */
		now.tgen = (((int)now.tgen)+1);
#ifdef VAR_RANGES
		logval("tgen", ((int)now.tgen));
#endif
		;
S_1210_0: /* 2 */
		now.treqCur[0] = 0;
#ifdef VAR_RANGES
		logval("treqCur[0]", ((int)now.treqCur[0]));
#endif
		;
S_1211_0: /* 2 */
		now.treqCur[1] = 0;
#ifdef VAR_RANGES
		logval("treqCur[1]", ((int)now.treqCur[1]));
#endif
		;
S_1212_0: /* 2 */
		now.pstCur[0] = 0;
#ifdef VAR_RANGES
		logval("pstCur[0]", ((int)now.pstCur[0]));
#endif
		;
S_1213_0: /* 2 */
		now.pstCur[1] = 0;
#ifdef VAR_RANGES
		logval("pstCur[1]", ((int)now.pstCur[1]));
#endif
		;
S_1214_0: /* 2 */
		now.latCur[0] = 0;
#ifdef VAR_RANGES
		logval("latCur[0]", ((int)now.latCur[0]));
#endif
		;
S_1215_0: /* 2 */
		now.latCur[1] = 0;
#ifdef VAR_RANGES
		logval("latCur[1]", ((int)now.latCur[1]));
#endif
		;
S_1216_0: /* 2 */
		now.snap[0] = ((int)now.stk[0]);
#ifdef VAR_RANGES
		logval("snap[0]", ((int)now.snap[0]));
#endif
		;
S_1217_0: /* 2 */
		now.snap[1] = ((int)now.stk[1]);
#ifdef VAR_RANGES
		logval("snap[1]", ((int)now.snap[1]));
#endif
		;
S_1218_0: /* 2 */
		now.snap[2] = ((int)now.stk[2]);
#ifdef VAR_RANGES
		logval("snap[2]", ((int)now.snap[2]));
#endif
		;
S_1219_0: /* 2 */
		now.snap[3] = ((int)now.stk[3]);
#ifdef VAR_RANGES
		logval("snap[3]", ((int)now.snap[3]));
#endif
		;
S_1220_0: /* 2 */
		now.snapsz[0] = ((int)now.sz[0]);
#ifdef VAR_RANGES
		logval("snapsz[0]", ((int)now.snapsz[0]));
#endif
		;
S_1221_0: /* 2 */
		now.snapsz[1] = ((int)now.sz[1]);
#ifdef VAR_RANGES
		logval("snapsz[1]", ((int)now.snapsz[1]));
#endif
		;
S_1222_0: /* 2 */
		now.rounds = 0;
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
S_1223_0: /* 2 */
		now.reversed = 0;
#ifdef VAR_RANGES
		logval("reversed", ((int)now.reversed));
#endif
		;
S_1224_0: /* 2 */
		now.tpatch = 2;
#ifdef VAR_RANGES
		logval("tpatch", ((int)now.tpatch));
#endif
		;
S_1225_0: /* 2 */
		now.pend[2] = (((int)now.pend[2])+1);
#ifdef VAR_RANGES
		logval("pend[2]", ((int)now.pend[2]));
#endif
		;
		goto S_1252_0;
S_1252_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 50: // STATE 244 - transition.pml:218 - [(((2==1)||(0==1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][244] = 1;
		if (!(((2==1)||(0==1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 51: // STATE 245 - transition.pml:206 - [(((sz[0]>0)&&(stk[(((2*0)+sz[0])-1)]==2)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][245] = 1;
		if (!(((((int)now.sz[0])>0)&&(((int)now.stk[ Index((((2*0)+((int)now.sz[0]))-1), 4) ])==2))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 52: // STATE 259 - transition.pml:153 - [D_STEP153]
		if (!(((boq == -1 && 0)) || (boq == -1 /* else */)))
			continue;

		reached[2][259] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1235_0: /* 2 */
S_1230_0: /* 2 */
		if (!(0))
			goto S_1235_1;
S_1231_0: /* 2 */
		now.stk[ Index(((2*0)+now.sz[0]), 4) ] = 2;
#ifdef VAR_RANGES
		logval("stk[((2*0)+sz[0])]", ((int)now.stk[ Index(((2*0)+((int)now.sz[0])), 4) ]));
#endif
		;
S_1232_0: /* 2 */
		now.sz[0] = (((int)now.sz[0])+1);
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1236_0;
S_1235_1: /* 3 */
S_1233_0: /* 2 */
		/* else */;
S_1234_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1236_0;
S_1235_2: /* 3 */
		Uerror("blocking sel in d_step (nr.4, near line 154)");
S_1236_0: /* 2 */
S_1237_0: /* 2 */
		now.intr[0] = 1;
#ifdef VAR_RANGES
		logval("intr[0]", ((int)now.intr[0]));
#endif
		;
S_1238_0: /* 2 */
		now.treqCur[0] = 1;
#ifdef VAR_RANGES
		logval("treqCur[0]", ((int)now.treqCur[0]));
#endif
		;
S_1239_0: /* 2 */
		now.tver[0] = ((int)now.tgen);
#ifdef VAR_RANGES
		logval("tver[0]", ((int)now.tver[0]));
#endif
		;
S_1240_0: /* 2 */
		now.tsTop[0] = ((int)now.stk[ Index((((2*0)+((int)now.sz[0]))-1), 4) ]);
#ifdef VAR_RANGES
		logval("tsTop[0]", ((int)now.tsTop[0]));
#endif
		;
S_1241_0: /* 2 */
		now.tsBelow[0] = ( ((((int)now.sz[0])>1)) ? (((int)now.stk[ Index((2*0), 4) ])) : (0) );
#ifdef VAR_RANGES
		logval("tsBelow[0]", ((int)now.tsBelow[0]));
#endif
		;
S_1242_0: /* 2 */
		now.chg[0] = 1;
#ifdef VAR_RANGES
		logval("chg[0]", ((int)now.chg[0]));
#endif
		;
		goto S_1248_0;
S_1248_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 53: // STATE 270 - transition.pml:206 - [(((sz[1]>0)&&(stk[(((2*1)+sz[1])-1)]==2)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][270] = 1;
		if (!(((((int)now.sz[1])>0)&&(((int)now.stk[ Index((((2*1)+((int)now.sz[1]))-1), 4) ])==2))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 54: // STATE 284 - transition.pml:153 - [D_STEP153]
		if (!(((boq == -1 && 0)) || (boq == -1 /* else */)))
			continue;

		reached[2][284] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1260_0: /* 2 */
S_1255_0: /* 2 */
		if (!(0))
			goto S_1260_1;
S_1256_0: /* 2 */
		now.stk[ Index(((2*1)+now.sz[1]), 4) ] = 2;
#ifdef VAR_RANGES
		logval("stk[((2*1)+sz[1])]", ((int)now.stk[ Index(((2*1)+((int)now.sz[1])), 4) ]));
#endif
		;
S_1257_0: /* 2 */
		now.sz[1] = (((int)now.sz[1])+1);
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1261_0;
S_1260_1: /* 3 */
S_1258_0: /* 2 */
		/* else */;
S_1259_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1261_0;
S_1260_2: /* 3 */
		Uerror("blocking sel in d_step (nr.5, near line 154)");
S_1261_0: /* 2 */
S_1262_0: /* 2 */
		now.intr[1] = 1;
#ifdef VAR_RANGES
		logval("intr[1]", ((int)now.intr[1]));
#endif
		;
S_1263_0: /* 2 */
		now.treqCur[1] = 1;
#ifdef VAR_RANGES
		logval("treqCur[1]", ((int)now.treqCur[1]));
#endif
		;
S_1264_0: /* 2 */
		now.tver[1] = ((int)now.tgen);
#ifdef VAR_RANGES
		logval("tver[1]", ((int)now.tver[1]));
#endif
		;
S_1265_0: /* 2 */
		now.tsTop[1] = ((int)now.stk[ Index((((2*1)+((int)now.sz[1]))-1), 4) ]);
#ifdef VAR_RANGES
		logval("tsTop[1]", ((int)now.tsTop[1]));
#endif
		;
S_1266_0: /* 2 */
		now.tsBelow[1] = ( ((((int)now.sz[1])>1)) ? (((int)now.stk[ Index((2*1), 4) ])) : (0) );
#ifdef VAR_RANGES
		logval("tsBelow[1]", ((int)now.tsBelow[1]));
#endif
		;
S_1267_0: /* 2 */
		now.chg[1] = 1;
#ifdef VAR_RANGES
		logval("chg[1]", ((int)now.chg[1]));
#endif
		;
		goto S_1273_0;
S_1273_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 55: // STATE 291 - transition.pml:220 - [on[2] = 0] (0:0:1 - 3)
		IfNotBlocked
		reached[2][291] = 1;
		(trpt+1)->bup.oval = ((int)now.on[2]);
		now.on[2] = 0;
#ifdef VAR_RANGES
		logval("on[2]", ((int)now.on[2]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 56: // STATE 295 - transition.pml:189 - [D_STEP189]
		IfNotBlocked

		reached[2][295] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1276_0: /* 2 */
		now.selfCheck = 1;
#ifdef VAR_RANGES
		logval("selfCheck", ((int)now.selfCheck));
#endif
		;
S_1277_0: /* 2 */
		now.chk[0] = (( (((int)now.pstCur[0])) ? (((int)now.pst[0])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[0]", ((int)now.chk[0]));
#endif
		;
S_1278_0: /* 2 */
		now.chk[1] = (( (((int)now.pstCur[1])) ? (((int)now.pst[1])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[1]", ((int)now.chk[1]));
#endif
		;
		goto S_1285_0;
S_1285_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 57: // STATE 304 - transition.pml:140 - [lock = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[2][304] = 1;
		(trpt+1)->bup.oval = ((int)now.lock);
		now.lock = 0;
#ifdef VAR_RANGES
		logval("lock", ((int)now.lock));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 58: // STATE 307 - transition.pml:139 - [(!(lock))] (663:0:1 - 1)
		IfNotBlocked
		reached[2][307] = 1;
		if (!( !(((int)now.lock))))
			continue;
		/* merge: lock = 1(0, 308, 663) */
		reached[2][308] = 1;
		(trpt+1)->bup.oval = ((int)now.lock);
		now.lock = 1;
#ifdef VAR_RANGES
		logval("lock", ((int)now.lock));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 59: // STATE 311 - transition.pml:552 - [((tpatch==2))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][311] = 1;
		if (!((((int)now.tpatch)==2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 60: // STATE 316 - transition.pml:552 - [D_STEP552]
		IfNotBlocked

		reached[2][316] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1296_0: /* 2 */
		forced[2] = 1;
#ifdef VAR_RANGES
		logval("forced[2]", ((int)forced[2]));
#endif
		;
S_1297_0: /* 2 */
		now.tforced = 1;
#ifdef VAR_RANGES
		logval("tforced", ((int)now.tforced));
#endif
		;
S_1298_0: /* 2 */
		now.exempt[0] = (((int)now.fo[0])||((int)now.fin[0]));
#ifdef VAR_RANGES
		logval("exempt[0]", ((int)now.exempt[0]));
#endif
		;
S_1299_0: /* 2 */
		now.exempt[1] = (((int)now.fo[1])||((int)now.fin[1]));
#ifdef VAR_RANGES
		logval("exempt[1]", ((int)now.exempt[1]));
#endif
		;
		goto S_1644_0;
S_1644_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 61: // STATE 317 - transition.pml:301 - [wall = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[2][317] = 1;
		(trpt+1)->bup.oval = ((int)now.wall);
		now.wall = 1;
#ifdef VAR_RANGES
		logval("wall", ((int)now.wall));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 62: // STATE 318 - transition.pml:303 - [(tforced)] (0:0:0 - 1)
		IfNotBlocked
		reached[2][318] = 1;
		if (!(((int)now.tforced)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 63: // STATE 347 - transition.pml:266 - [D_STEP266]
		if (!(((boq == -1 && ((int)now.chg[0]))) || (boq == -1 /* else */)))
			continue;

		reached[2][347] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1329_0: /* 2 */
S_1303_0: /* 2 */
		if (!(((int)now.chg[0])))
			goto S_1329_1;
S_1322_0: /* 2 */
S_1304_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_1322_1;
S_1319_0: /* 2 */
S_1317_0: /* 2 */
S_1305_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index(((2*0)+1), 4) ])==((int)now.tpatch)))))
			goto S_1317_1;
S_1306_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_1307_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1318_0;
S_1317_1: /* 3 */
S_1308_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_1317_2;
S_1309_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = ((int)now.stk[ Index(((2*0)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_1310_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_1311_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1318_0;
S_1317_2: /* 3 */
S_1312_0: /* 2 */
		if (!(((((int)now.sz[0])==1)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_1317_3;
S_1313_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_1314_0: /* 2 */
		now.sz[0] = 0;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1318_0;
S_1317_3: /* 3 */
S_1315_0: /* 2 */
		/* else */;
S_1316_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1318_0;
S_1317_4: /* 3 */
		Uerror("blocking sel in d_step (nr.6, near line 164)");
S_1318_0: /* 2 */
		goto S_1323_0;
S_1322_1: /* 3 */
S_1320_0: /* 2 */
		/* else */;
S_1321_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1323_0;
S_1322_2: /* 3 */
		Uerror("blocking sel in d_step (nr.7, near line 269)");
S_1323_0: /* 2 */
S_1324_0: /* 2 */
		now.intr[0] = 0;
#ifdef VAR_RANGES
		logval("intr[0]", ((int)now.intr[0]));
#endif
		;
S_1325_0: /* 2 */
		now.settled[0] = ( ((((int)now.wtgt)==1)) ? (1) : (0) );
#ifdef VAR_RANGES
		logval("settled[0]", ((int)now.settled[0]));
#endif
		;
S_1326_0: /* 2 */
		now.chg[0] = 0;
#ifdef VAR_RANGES
		logval("chg[0]", ((int)now.chg[0]));
#endif
		;
		goto S_1330_0;
S_1329_1: /* 3 */
S_1327_0: /* 2 */
		/* else */;
S_1328_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1330_0;
S_1329_2: /* 3 */
		Uerror("blocking sel in d_step (nr.8, near line 267)");
S_1330_0: /* 2 */
		goto S_1352_0;
S_1352_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 64: // STATE 368 - transition.pml:274 - [D_STEP274]
		if (!(((boq == -1 && ((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(0==1))))) || (boq == -1 /* else */)))
			continue;

		reached[2][368] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1350_0: /* 2 */
S_1332_0: /* 2 */
		if (!(((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(0==1)))))
			goto S_1350_1;
S_1347_0: /* 2 */
S_1345_0: /* 2 */
S_1333_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index(((2*0)+1), 4) ])==((int)now.tpatch)))))
			goto S_1345_1;
S_1334_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_1335_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1346_0;
S_1345_1: /* 3 */
S_1336_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_1345_2;
S_1337_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = ((int)now.stk[ Index(((2*0)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_1338_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_1339_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1346_0;
S_1345_2: /* 3 */
S_1340_0: /* 2 */
		if (!(((((int)now.sz[0])==1)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_1345_3;
S_1341_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_1342_0: /* 2 */
		now.sz[0] = 0;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1346_0;
S_1345_3: /* 3 */
S_1343_0: /* 2 */
		/* else */;
S_1344_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1346_0;
S_1345_4: /* 3 */
		Uerror("blocking sel in d_step (nr.9, near line 164)");
S_1346_0: /* 2 */
		goto S_1351_0;
S_1350_1: /* 3 */
S_1348_0: /* 2 */
		/* else */;
S_1349_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1351_0;
S_1350_2: /* 3 */
		Uerror("blocking sel in d_step (nr.10, near line 275)");
S_1351_0: /* 2 */
		goto S_1404_0;
S_1404_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 65: // STATE 398 - transition.pml:266 - [D_STEP266]
		if (!(((boq == -1 && ((int)now.chg[1]))) || (boq == -1 /* else */)))
			continue;

		reached[2][398] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1380_0: /* 2 */
S_1354_0: /* 2 */
		if (!(((int)now.chg[1])))
			goto S_1380_1;
S_1373_0: /* 2 */
S_1355_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_1373_1;
S_1370_0: /* 2 */
S_1368_0: /* 2 */
S_1356_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index(((2*1)+1), 4) ])==((int)now.tpatch)))))
			goto S_1368_1;
S_1357_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_1358_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1369_0;
S_1368_1: /* 3 */
S_1359_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_1368_2;
S_1360_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = ((int)now.stk[ Index(((2*1)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_1361_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_1362_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1369_0;
S_1368_2: /* 3 */
S_1363_0: /* 2 */
		if (!(((((int)now.sz[1])==1)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_1368_3;
S_1364_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_1365_0: /* 2 */
		now.sz[1] = 0;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1369_0;
S_1368_3: /* 3 */
S_1366_0: /* 2 */
		/* else */;
S_1367_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1369_0;
S_1368_4: /* 3 */
		Uerror("blocking sel in d_step (nr.11, near line 164)");
S_1369_0: /* 2 */
		goto S_1374_0;
S_1373_1: /* 3 */
S_1371_0: /* 2 */
		/* else */;
S_1372_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1374_0;
S_1373_2: /* 3 */
		Uerror("blocking sel in d_step (nr.12, near line 269)");
S_1374_0: /* 2 */
S_1375_0: /* 2 */
		now.intr[1] = 0;
#ifdef VAR_RANGES
		logval("intr[1]", ((int)now.intr[1]));
#endif
		;
S_1376_0: /* 2 */
		now.settled[1] = ( ((((int)now.wtgt)==1)) ? (1) : (0) );
#ifdef VAR_RANGES
		logval("settled[1]", ((int)now.settled[1]));
#endif
		;
S_1377_0: /* 2 */
		now.chg[1] = 0;
#ifdef VAR_RANGES
		logval("chg[1]", ((int)now.chg[1]));
#endif
		;
		goto S_1381_0;
S_1380_1: /* 3 */
S_1378_0: /* 2 */
		/* else */;
S_1379_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1381_0;
S_1380_2: /* 3 */
		Uerror("blocking sel in d_step (nr.13, near line 267)");
S_1381_0: /* 2 */
		goto S_1403_0;
S_1403_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 66: // STATE 419 - transition.pml:274 - [D_STEP274]
		if (!(((boq == -1 && ((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(1==1))))) || (boq == -1 /* else */)))
			continue;

		reached[2][419] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1401_0: /* 2 */
S_1383_0: /* 2 */
		if (!(((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(1==1)))))
			goto S_1401_1;
S_1398_0: /* 2 */
S_1396_0: /* 2 */
S_1384_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index(((2*1)+1), 4) ])==((int)now.tpatch)))))
			goto S_1396_1;
S_1385_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_1386_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1397_0;
S_1396_1: /* 3 */
S_1387_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_1396_2;
S_1388_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = ((int)now.stk[ Index(((2*1)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_1389_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_1390_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1397_0;
S_1396_2: /* 3 */
S_1391_0: /* 2 */
		if (!(((((int)now.sz[1])==1)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_1396_3;
S_1392_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_1393_0: /* 2 */
		now.sz[1] = 0;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1397_0;
S_1396_3: /* 3 */
S_1394_0: /* 2 */
		/* else */;
S_1395_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1397_0;
S_1396_4: /* 3 */
		Uerror("blocking sel in d_step (nr.14, near line 164)");
S_1397_0: /* 2 */
		goto S_1402_0;
S_1401_1: /* 3 */
S_1399_0: /* 2 */
		/* else */;
S_1400_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1402_0;
S_1401_2: /* 3 */
		Uerror("blocking sel in d_step (nr.15, near line 275)");
S_1402_0: /* 2 */
		goto S_1405_0;
S_1405_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 67: // STATE 421 - transition.pml:286 - [assert((!(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1]))))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][421] = 1;
		spin_assert(( !(((int)now.reversed))||((((((((int)now.stk[0])==((int)now.snap[0]))&&(((int)now.stk[1])==((int)now.snap[1])))&&(((int)now.stk[2])==((int)now.snap[2])))&&(((int)now.stk[3])==((int)now.snap[3])))&&(((int)now.sz[0])==((int)now.snapsz[0])))&&(((int)now.sz[1])==((int)now.snapsz[1])))), "( !(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1])))", II, tt, t);
		_m = 3; goto P999; /* 0 */
	case 68: // STATE 472 - transition.pml:287 - [D_STEP287]
		if (!(((boq == -1 &&  !(((int)now.tforced)))) || (boq == -1 /* else */)))
			continue;

		reached[2][472] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1434_0: /* 2 */
S_1406_0: /* 2 */
		if (!( !(((int)now.tforced))))
			goto S_1434_1;
S_1431_0: /* 2 */
S_1418_0: /* 2 */
S_1416_0: /* 2 */
S_1407_0: /* 2 */
		if (!((((int)now.treqCur[0])&& !(((int)now.intr[0])))))
			goto S_1416_1;
S_1412_0: /* 2 */
S_1408_0: /* 2 */
		if (!((((int)now.settled[0])==1)))
			goto S_1412_1;
S_1409_0: /* 2 */
		now.tsBelow[0] = 7;
#ifdef VAR_RANGES
		logval("tsBelow[0]", ((int)now.tsBelow[0]));
#endif
		;
		goto S_1413_0;
S_1412_1: /* 3 */
S_1410_0: /* 2 */
		/* else */;
S_1411_0: /* 2 */
		now.tsTop[0] = 7;
#ifdef VAR_RANGES
		logval("tsTop[0]", ((int)now.tsTop[0]));
#endif
		;
		goto S_1413_0;
S_1412_2: /* 3 */
		Uerror("blocking sel in d_step (nr.16, near line 254)");
S_1413_0: /* 2 */
		goto S_1417_0;
S_1416_1: /* 3 */
S_1414_0: /* 2 */
		/* else */;
S_1415_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1417_0;
S_1416_2: /* 3 */
		Uerror("blocking sel in d_step (nr.17, near line 253)");
S_1417_0: /* 2 */
		goto S_1430_0;
S_1430_0: /* 2 */
S_1428_0: /* 2 */
S_1419_0: /* 2 */
		if (!((((int)now.treqCur[1])&& !(((int)now.intr[1])))))
			goto S_1428_1;
S_1424_0: /* 2 */
S_1420_0: /* 2 */
		if (!((((int)now.settled[1])==1)))
			goto S_1424_1;
S_1421_0: /* 2 */
		now.tsBelow[1] = 7;
#ifdef VAR_RANGES
		logval("tsBelow[1]", ((int)now.tsBelow[1]));
#endif
		;
		goto S_1425_0;
S_1424_1: /* 3 */
S_1422_0: /* 2 */
		/* else */;
S_1423_0: /* 2 */
		now.tsTop[1] = 7;
#ifdef VAR_RANGES
		logval("tsTop[1]", ((int)now.tsTop[1]));
#endif
		;
		goto S_1425_0;
S_1424_2: /* 3 */
		Uerror("blocking sel in d_step (nr.18, near line 254)");
S_1425_0: /* 2 */
		goto S_1429_0;
S_1428_1: /* 3 */
S_1426_0: /* 2 */
		/* else */;
S_1427_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1429_0;
S_1428_2: /* 3 */
		Uerror("blocking sel in d_step (nr.19, near line 253)");
S_1429_0: /* 2 */
		goto S_1435_0;
S_1434_1: /* 3 */
S_1432_0: /* 2 */
		/* else */;
S_1433_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1435_0;
S_1434_2: /* 3 */
		Uerror("blocking sel in d_step (nr.20, near line 288)");
S_1435_0: /* 2 */
S_1440_0: /* 2 */
S_1436_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_1440_1;
S_1437_0: /* 2 */
		now.pu[ Index(now.tpatch, 3) ] = 1;
#ifdef VAR_RANGES
		logval("pu[tpatch]", ((int)now.pu[ Index(((int)now.tpatch), 3) ]));
#endif
		;
		goto S_1441_0;
S_1440_1: /* 3 */
S_1438_0: /* 2 */
		/* else */;
S_1439_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1441_0;
S_1440_2: /* 3 */
		Uerror("blocking sel in d_step (nr.21, near line 289)");
S_1441_0: /* 2 */
S_1442_0: /* 2 */
		now.selfCheck = 0;
#ifdef VAR_RANGES
		logval("selfCheck", ((int)now.selfCheck));
#endif
		;
S_1443_0: /* 2 */
		now.pend[ Index(now.tpatch, 3) ] = 0;
#ifdef VAR_RANGES
		logval("pend[tpatch]", ((int)now.pend[ Index(((int)now.tpatch), 3) ]));
#endif
		;
S_1444_0: /* 2 */
		now.tpatch = 0;
#ifdef VAR_RANGES
		logval("tpatch", ((int)now.tpatch));
#endif
		;
S_1445_0: /* 2 */
		now.synced = 0;
#ifdef VAR_RANGES
		logval("synced", ((int)now.synced));
#endif
		;
S_1446_0: /* 2 */
		now.tforced = 0;
#ifdef VAR_RANGES
		logval("tforced", ((int)now.tforced));
#endif
		;
S_1447_0: /* 2 */
		now.completing = 0;
#ifdef VAR_RANGES
		logval("completing", ((int)now.completing));
#endif
		;
S_1448_0: /* 2 */
		now.snap[0] = 0;
#ifdef VAR_RANGES
		logval("snap[0]", ((int)now.snap[0]));
#endif
		;
S_1449_0: /* 2 */
		now.snap[1] = 0;
#ifdef VAR_RANGES
		logval("snap[1]", ((int)now.snap[1]));
#endif
		;
S_1450_0: /* 2 */
		now.snap[2] = 0;
#ifdef VAR_RANGES
		logval("snap[2]", ((int)now.snap[2]));
#endif
		;
S_1451_0: /* 2 */
		now.snap[3] = 0;
#ifdef VAR_RANGES
		logval("snap[3]", ((int)now.snap[3]));
#endif
		;
S_1452_0: /* 2 */
		now.snapsz[0] = 0;
#ifdef VAR_RANGES
		logval("snapsz[0]", ((int)now.snapsz[0]));
#endif
		;
S_1453_0: /* 2 */
		now.snapsz[1] = 0;
#ifdef VAR_RANGES
		logval("snapsz[1]", ((int)now.snapsz[1]));
#endif
		;
S_1454_0: /* 2 */
		now.rounds = 0;
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
S_1455_0: /* 2 */
		now.reversed = 0;
#ifdef VAR_RANGES
		logval("reversed", ((int)now.reversed));
#endif
		;
		goto S_1643_0;
S_1643_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 69: // STATE 480 - transition.pml:244 - [D_STEP244]
		if (!(boq == -1 &&  !(((int)now.gpLock))))
			continue;

		reached[2][480] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1459_0: /* 2 */
		if (!( !(((int)now.gpLock))))
			Uerror("block in d_step seq");
S_1460_0: /* 2 */
		now.gpLock = 1;
#ifdef VAR_RANGES
		logval("gpLock", ((int)now.gpLock));
#endif
		;
S_1461_0: /* 2 */
		now.ann[0] = ( ((((int)now.ann[0])!=0)) ? (2) : (0) );
#ifdef VAR_RANGES
		logval("ann[0]", ((int)now.ann[0]));
#endif
		;
S_1462_0: /* 2 */
		now.ann[1] = ( ((((int)now.ann[1])!=0)) ? (2) : (0) );
#ifdef VAR_RANGES
		logval("ann[1]", ((int)now.ann[1]));
#endif
		;
S_1463_0: /* 2 */
		now.synced = 1;
#ifdef VAR_RANGES
		logval("synced", ((int)now.synced));
#endif
		;
		goto S_1471_0;
S_1471_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 70: // STATE 481 - transition.pml:236 - [((ann[0]!=2))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][481] = 1;
		if (!((((int)now.ann[0])!=2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 71: // STATE 483 - transition.pml:238 - [((ann[0]==2))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][483] = 1;
		if (!((((int)now.ann[0])==2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 72: // STATE 484 - transition.pml:238 - [synced = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[2][484] = 1;
		(trpt+1)->bup.oval = ((int)now.synced);
		now.synced = 0;
#ifdef VAR_RANGES
		logval("synced", ((int)now.synced));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 73: // STATE 488 - transition.pml:236 - [((ann[1]!=2))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][488] = 1;
		if (!((((int)now.ann[1])!=2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 74: // STATE 490 - transition.pml:238 - [((ann[1]==2))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][490] = 1;
		if (!((((int)now.ann[1])==2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 75: // STATE 491 - transition.pml:238 - [synced = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[2][491] = 1;
		(trpt+1)->bup.oval = ((int)now.synced);
		now.synced = 0;
#ifdef VAR_RANGES
		logval("synced", ((int)now.synced));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 76: // STATE 495 - transition.pml:247 - [gpLock = 0] (0:0:1 - 3)
		IfNotBlocked
		reached[2][495] = 1;
		(trpt+1)->bup.oval = ((int)now.gpLock);
		now.gpLock = 0;
#ifdef VAR_RANGES
		logval("gpLock", ((int)now.gpLock));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 77: // STATE 497 - transition.pml:308 - [(!(synced))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][497] = 1;
		if (!( !(((int)now.synced))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 78: // STATE 498 - transition.pml:308 - [completing = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[2][498] = 1;
		(trpt+1)->bup.oval = ((int)now.completing);
		now.completing = 1;
#ifdef VAR_RANGES
		logval("completing", ((int)now.completing));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 79: // STATE 499 - transition.pml:308 - [synced = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[2][499] = 1;
		(trpt+1)->bup.oval = ((int)now.synced);
		now.synced = 0;
#ifdef VAR_RANGES
		logval("synced", ((int)now.synced));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 80: // STATE 529 - transition.pml:266 - [D_STEP266]
		if (!(((boq == -1 && ((int)now.chg[0]))) || (boq == -1 /* else */)))
			continue;

		reached[2][529] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1511_0: /* 2 */
S_1485_0: /* 2 */
		if (!(((int)now.chg[0])))
			goto S_1511_1;
S_1504_0: /* 2 */
S_1486_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_1504_1;
S_1501_0: /* 2 */
S_1499_0: /* 2 */
S_1487_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index(((2*0)+1), 4) ])==((int)now.tpatch)))))
			goto S_1499_1;
S_1488_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_1489_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1500_0;
S_1499_1: /* 3 */
S_1490_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_1499_2;
S_1491_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = ((int)now.stk[ Index(((2*0)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_1492_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_1493_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1500_0;
S_1499_2: /* 3 */
S_1494_0: /* 2 */
		if (!(((((int)now.sz[0])==1)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_1499_3;
S_1495_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_1496_0: /* 2 */
		now.sz[0] = 0;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1500_0;
S_1499_3: /* 3 */
S_1497_0: /* 2 */
		/* else */;
S_1498_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1500_0;
S_1499_4: /* 3 */
		Uerror("blocking sel in d_step (nr.22, near line 164)");
S_1500_0: /* 2 */
		goto S_1505_0;
S_1504_1: /* 3 */
S_1502_0: /* 2 */
		/* else */;
S_1503_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1505_0;
S_1504_2: /* 3 */
		Uerror("blocking sel in d_step (nr.23, near line 269)");
S_1505_0: /* 2 */
S_1506_0: /* 2 */
		now.intr[0] = 0;
#ifdef VAR_RANGES
		logval("intr[0]", ((int)now.intr[0]));
#endif
		;
S_1507_0: /* 2 */
		now.settled[0] = ( ((((int)now.wtgt)==1)) ? (1) : (0) );
#ifdef VAR_RANGES
		logval("settled[0]", ((int)now.settled[0]));
#endif
		;
S_1508_0: /* 2 */
		now.chg[0] = 0;
#ifdef VAR_RANGES
		logval("chg[0]", ((int)now.chg[0]));
#endif
		;
		goto S_1512_0;
S_1511_1: /* 3 */
S_1509_0: /* 2 */
		/* else */;
S_1510_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1512_0;
S_1511_2: /* 3 */
		Uerror("blocking sel in d_step (nr.24, near line 267)");
S_1512_0: /* 2 */
		goto S_1534_0;
S_1534_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 81: // STATE 550 - transition.pml:274 - [D_STEP274]
		if (!(((boq == -1 && ((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(0==1))))) || (boq == -1 /* else */)))
			continue;

		reached[2][550] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1532_0: /* 2 */
S_1514_0: /* 2 */
		if (!(((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(0==1)))))
			goto S_1532_1;
S_1529_0: /* 2 */
S_1527_0: /* 2 */
S_1515_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index(((2*0)+1), 4) ])==((int)now.tpatch)))))
			goto S_1527_1;
S_1516_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_1517_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1528_0;
S_1527_1: /* 3 */
S_1518_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_1527_2;
S_1519_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = ((int)now.stk[ Index(((2*0)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_1520_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_1521_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1528_0;
S_1527_2: /* 3 */
S_1522_0: /* 2 */
		if (!(((((int)now.sz[0])==1)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_1527_3;
S_1523_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_1524_0: /* 2 */
		now.sz[0] = 0;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1528_0;
S_1527_3: /* 3 */
S_1525_0: /* 2 */
		/* else */;
S_1526_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1528_0;
S_1527_4: /* 3 */
		Uerror("blocking sel in d_step (nr.25, near line 164)");
S_1528_0: /* 2 */
		goto S_1533_0;
S_1532_1: /* 3 */
S_1530_0: /* 2 */
		/* else */;
S_1531_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1533_0;
S_1532_2: /* 3 */
		Uerror("blocking sel in d_step (nr.26, near line 275)");
S_1533_0: /* 2 */
		goto S_1586_0;
S_1586_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 82: // STATE 580 - transition.pml:266 - [D_STEP266]
		if (!(((boq == -1 && ((int)now.chg[1]))) || (boq == -1 /* else */)))
			continue;

		reached[2][580] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1562_0: /* 2 */
S_1536_0: /* 2 */
		if (!(((int)now.chg[1])))
			goto S_1562_1;
S_1555_0: /* 2 */
S_1537_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_1555_1;
S_1552_0: /* 2 */
S_1550_0: /* 2 */
S_1538_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index(((2*1)+1), 4) ])==((int)now.tpatch)))))
			goto S_1550_1;
S_1539_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_1540_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1551_0;
S_1550_1: /* 3 */
S_1541_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_1550_2;
S_1542_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = ((int)now.stk[ Index(((2*1)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_1543_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_1544_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1551_0;
S_1550_2: /* 3 */
S_1545_0: /* 2 */
		if (!(((((int)now.sz[1])==1)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_1550_3;
S_1546_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_1547_0: /* 2 */
		now.sz[1] = 0;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1551_0;
S_1550_3: /* 3 */
S_1548_0: /* 2 */
		/* else */;
S_1549_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1551_0;
S_1550_4: /* 3 */
		Uerror("blocking sel in d_step (nr.27, near line 164)");
S_1551_0: /* 2 */
		goto S_1556_0;
S_1555_1: /* 3 */
S_1553_0: /* 2 */
		/* else */;
S_1554_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1556_0;
S_1555_2: /* 3 */
		Uerror("blocking sel in d_step (nr.28, near line 269)");
S_1556_0: /* 2 */
S_1557_0: /* 2 */
		now.intr[1] = 0;
#ifdef VAR_RANGES
		logval("intr[1]", ((int)now.intr[1]));
#endif
		;
S_1558_0: /* 2 */
		now.settled[1] = ( ((((int)now.wtgt)==1)) ? (1) : (0) );
#ifdef VAR_RANGES
		logval("settled[1]", ((int)now.settled[1]));
#endif
		;
S_1559_0: /* 2 */
		now.chg[1] = 0;
#ifdef VAR_RANGES
		logval("chg[1]", ((int)now.chg[1]));
#endif
		;
		goto S_1563_0;
S_1562_1: /* 3 */
S_1560_0: /* 2 */
		/* else */;
S_1561_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1563_0;
S_1562_2: /* 3 */
		Uerror("blocking sel in d_step (nr.29, near line 267)");
S_1563_0: /* 2 */
		goto S_1585_0;
S_1585_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 83: // STATE 601 - transition.pml:274 - [D_STEP274]
		if (!(((boq == -1 && ((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(1==1))))) || (boq == -1 /* else */)))
			continue;

		reached[2][601] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1583_0: /* 2 */
S_1565_0: /* 2 */
		if (!(((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(1==1)))))
			goto S_1583_1;
S_1580_0: /* 2 */
S_1578_0: /* 2 */
S_1566_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index(((2*1)+1), 4) ])==((int)now.tpatch)))))
			goto S_1578_1;
S_1567_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_1568_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1579_0;
S_1578_1: /* 3 */
S_1569_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_1578_2;
S_1570_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = ((int)now.stk[ Index(((2*1)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_1571_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_1572_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1579_0;
S_1578_2: /* 3 */
S_1573_0: /* 2 */
		if (!(((((int)now.sz[1])==1)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_1578_3;
S_1574_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_1575_0: /* 2 */
		now.sz[1] = 0;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1579_0;
S_1578_3: /* 3 */
S_1576_0: /* 2 */
		/* else */;
S_1577_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1579_0;
S_1578_4: /* 3 */
		Uerror("blocking sel in d_step (nr.30, near line 164)");
S_1579_0: /* 2 */
		goto S_1584_0;
S_1583_1: /* 3 */
S_1581_0: /* 2 */
		/* else */;
S_1582_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1584_0;
S_1583_2: /* 3 */
		Uerror("blocking sel in d_step (nr.31, near line 275)");
S_1584_0: /* 2 */
		goto S_1587_0;
S_1587_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 84: // STATE 603 - transition.pml:286 - [assert((!(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1]))))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][603] = 1;
		spin_assert(( !(((int)now.reversed))||((((((((int)now.stk[0])==((int)now.snap[0]))&&(((int)now.stk[1])==((int)now.snap[1])))&&(((int)now.stk[2])==((int)now.snap[2])))&&(((int)now.stk[3])==((int)now.snap[3])))&&(((int)now.sz[0])==((int)now.snapsz[0])))&&(((int)now.sz[1])==((int)now.snapsz[1])))), "( !(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1])))", II, tt, t);
		_m = 3; goto P999; /* 0 */
	case 85: // STATE 654 - transition.pml:287 - [D_STEP287]
		if (!(((boq == -1 &&  !(((int)now.tforced)))) || (boq == -1 /* else */)))
			continue;

		reached[2][654] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1616_0: /* 2 */
S_1588_0: /* 2 */
		if (!( !(((int)now.tforced))))
			goto S_1616_1;
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
		Uerror("blocking sel in d_step (nr.32, near line 254)");
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
		Uerror("blocking sel in d_step (nr.33, near line 253)");
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
		Uerror("blocking sel in d_step (nr.34, near line 254)");
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
		Uerror("blocking sel in d_step (nr.35, near line 253)");
S_1611_0: /* 2 */
		goto S_1617_0;
S_1616_1: /* 3 */
S_1614_0: /* 2 */
		/* else */;
S_1615_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1617_0;
S_1616_2: /* 3 */
		Uerror("blocking sel in d_step (nr.36, near line 288)");
S_1617_0: /* 2 */
S_1622_0: /* 2 */
S_1618_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_1622_1;
S_1619_0: /* 2 */
		now.pu[ Index(now.tpatch, 3) ] = 1;
#ifdef VAR_RANGES
		logval("pu[tpatch]", ((int)now.pu[ Index(((int)now.tpatch), 3) ]));
#endif
		;
		goto S_1623_0;
S_1622_1: /* 3 */
S_1620_0: /* 2 */
		/* else */;
S_1621_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1623_0;
S_1622_2: /* 3 */
		Uerror("blocking sel in d_step (nr.37, near line 289)");
S_1623_0: /* 2 */
S_1624_0: /* 2 */
		now.selfCheck = 0;
#ifdef VAR_RANGES
		logval("selfCheck", ((int)now.selfCheck));
#endif
		;
S_1625_0: /* 2 */
		now.pend[ Index(now.tpatch, 3) ] = 0;
#ifdef VAR_RANGES
		logval("pend[tpatch]", ((int)now.pend[ Index(((int)now.tpatch), 3) ]));
#endif
		;
S_1626_0: /* 2 */
		now.tpatch = 0;
#ifdef VAR_RANGES
		logval("tpatch", ((int)now.tpatch));
#endif
		;
S_1627_0: /* 2 */
		now.synced = 0;
#ifdef VAR_RANGES
		logval("synced", ((int)now.synced));
#endif
		;
S_1628_0: /* 2 */
		now.tforced = 0;
#ifdef VAR_RANGES
		logval("tforced", ((int)now.tforced));
#endif
		;
S_1629_0: /* 2 */
		now.completing = 0;
#ifdef VAR_RANGES
		logval("completing", ((int)now.completing));
#endif
		;
S_1630_0: /* 2 */
		now.snap[0] = 0;
#ifdef VAR_RANGES
		logval("snap[0]", ((int)now.snap[0]));
#endif
		;
S_1631_0: /* 2 */
		now.snap[1] = 0;
#ifdef VAR_RANGES
		logval("snap[1]", ((int)now.snap[1]));
#endif
		;
S_1632_0: /* 2 */
		now.snap[2] = 0;
#ifdef VAR_RANGES
		logval("snap[2]", ((int)now.snap[2]));
#endif
		;
S_1633_0: /* 2 */
		now.snap[3] = 0;
#ifdef VAR_RANGES
		logval("snap[3]", ((int)now.snap[3]));
#endif
		;
S_1634_0: /* 2 */
		now.snapsz[0] = 0;
#ifdef VAR_RANGES
		logval("snapsz[0]", ((int)now.snapsz[0]));
#endif
		;
S_1635_0: /* 2 */
		now.snapsz[1] = 0;
#ifdef VAR_RANGES
		logval("snapsz[1]", ((int)now.snapsz[1]));
#endif
		;
S_1636_0: /* 2 */
		now.rounds = 0;
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
S_1637_0: /* 2 */
		now.reversed = 0;
#ifdef VAR_RANGES
		logval("reversed", ((int)now.reversed));
#endif
		;
		goto S_1641_0;
S_1641_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 86: // STATE 665 - transition.pml:140 - [lock = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[2][665] = 1;
		(trpt+1)->bup.oval = ((int)now.lock);
		now.lock = 0;
#ifdef VAR_RANGES
		logval("lock", ((int)now.lock));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 87: // STATE 671 - transition.pml:605 - [((tpatch==0))] (0:0:0 - 3)
		IfNotBlocked
		reached[2][671] = 1;
		if (!((((int)now.tpatch)==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 88: // STATE 672 - transition.pml:139 - [(!(lock))] (771:0:1 - 1)
		IfNotBlocked
		reached[2][672] = 1;
		if (!( !(((int)now.lock))))
			continue;
		/* merge: lock = 1(0, 673, 771) */
		reached[2][673] = 1;
		(trpt+1)->bup.oval = ((int)now.lock);
		now.lock = 1;
#ifdef VAR_RANGES
		logval("lock", ((int)now.lock));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 89: // STATE 676 - transition.pml:540 - [((((tpatch==1)&&(wtgt==1))&&!(completing)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][676] = 1;
		if (!((((((int)now.tpatch)==1)&&(((int)now.wtgt)==1))&& !(((int)now.completing)))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 90: // STATE 677 - transition.pml:540 - [pend[1] = (pend[1]+1)] (0:0:1 - 1)
		IfNotBlocked
		reached[2][677] = 1;
		(trpt+1)->bup.oval = ((int)now.pend[1]);
		now.pend[1] = (((int)now.pend[1])+1);
#ifdef VAR_RANGES
		logval("pend[1]", ((int)now.pend[1]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 91: // STATE 682 - transition.pml:226 - [D_STEP226]
		IfNotBlocked

		reached[2][682] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1662_0: /* 2 */
		now.wtgt = (1-((int)now.wtgt));
#ifdef VAR_RANGES
		logval("wtgt", ((int)now.wtgt));
#endif
		;
S_1663_0: /* 2 */
		now.reversed =  !(((int)now.reversed));
#ifdef VAR_RANGES
		logval("reversed", ((int)now.reversed));
#endif
		;
S_1664_0: /* 2 */
		now.rounds = 0;
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
S_1665_0: /* 2 */
		now.on[ Index(now.tpatch, 3) ] = (((int)now.wtgt)==1);
#ifdef VAR_RANGES
		logval("on[tpatch]", ((int)now.on[ Index(((int)now.tpatch), 3) ]));
#endif
		;
		goto S_1671_0;
S_1671_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 92: // STATE 686 - transition.pml:189 - [D_STEP189]
		IfNotBlocked

		reached[2][686] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1667_0: /* 2 */
		now.selfCheck = 1;
#ifdef VAR_RANGES
		logval("selfCheck", ((int)now.selfCheck));
#endif
		;
S_1668_0: /* 2 */
		now.chk[0] = (( (((int)now.pstCur[0])) ? (((int)now.pst[0])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[0]", ((int)now.chk[0]));
#endif
		;
S_1669_0: /* 2 */
		now.chk[1] = (( (((int)now.pstCur[1])) ? (((int)now.pst[1])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[1]", ((int)now.chk[1]));
#endif
		;
		goto S_1756_0;
S_1756_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 93: // STATE 690 - transition.pml:542 - [((((loaded[1]&&!(loading[1]))&&on[1])&&(tpatch==0)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][690] = 1;
		if (!((((((int)now.loaded[1])&& !(((int)now.loading[1])))&&((int)now.on[1]))&&(((int)now.tpatch)==0))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 94: // STATE 711 - transition.pml:175 - [D_STEP175]
		IfNotBlocked

		reached[2][711] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1675_0: /* 2 */
		now.wtgt = 0;
#ifdef VAR_RANGES
		logval("wtgt", ((int)now.wtgt));
#endif
		;
S_1676_0: /* 2 */
		now.wbase = (1-0);
#ifdef VAR_RANGES
		logval("wbase", ((int)now.wbase));
#endif
		;
S_1677_0: /* 2 */
		now.wall = 0;
#ifdef VAR_RANGES
		logval("wall", ((int)now.wall));
#endif
		;
S_1678_0: /* 2 */
		now.tgen = (((int)now.tgen)+1);
#ifdef VAR_RANGES
		logval("tgen", ((int)now.tgen));
#endif
		;
S_1679_0: /* 2 */
		now.treqCur[0] = 0;
#ifdef VAR_RANGES
		logval("treqCur[0]", ((int)now.treqCur[0]));
#endif
		;
S_1680_0: /* 2 */
		now.treqCur[1] = 0;
#ifdef VAR_RANGES
		logval("treqCur[1]", ((int)now.treqCur[1]));
#endif
		;
S_1681_0: /* 2 */
		now.pstCur[0] = 0;
#ifdef VAR_RANGES
		logval("pstCur[0]", ((int)now.pstCur[0]));
#endif
		;
S_1682_0: /* 2 */
		now.pstCur[1] = 0;
#ifdef VAR_RANGES
		logval("pstCur[1]", ((int)now.pstCur[1]));
#endif
		;
S_1683_0: /* 2 */
		now.latCur[0] = 0;
#ifdef VAR_RANGES
		logval("latCur[0]", ((int)now.latCur[0]));
#endif
		;
S_1684_0: /* 2 */
		now.latCur[1] = 0;
#ifdef VAR_RANGES
		logval("latCur[1]", ((int)now.latCur[1]));
#endif
		;
S_1685_0: /* 2 */
		now.snap[0] = ((int)now.stk[0]);
#ifdef VAR_RANGES
		logval("snap[0]", ((int)now.snap[0]));
#endif
		;
S_1686_0: /* 2 */
		now.snap[1] = ((int)now.stk[1]);
#ifdef VAR_RANGES
		logval("snap[1]", ((int)now.snap[1]));
#endif
		;
S_1687_0: /* 2 */
		now.snap[2] = ((int)now.stk[2]);
#ifdef VAR_RANGES
		logval("snap[2]", ((int)now.snap[2]));
#endif
		;
S_1688_0: /* 2 */
		now.snap[3] = ((int)now.stk[3]);
#ifdef VAR_RANGES
		logval("snap[3]", ((int)now.snap[3]));
#endif
		;
S_1689_0: /* 2 */
		now.snapsz[0] = ((int)now.sz[0]);
#ifdef VAR_RANGES
		logval("snapsz[0]", ((int)now.snapsz[0]));
#endif
		;
S_1690_0: /* 2 */
		now.snapsz[1] = ((int)now.sz[1]);
#ifdef VAR_RANGES
		logval("snapsz[1]", ((int)now.snapsz[1]));
#endif
		;
S_1691_0: /* 2 */
		now.rounds = 0;
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
S_1692_0: /* 2 */
		now.reversed = 0;
#ifdef VAR_RANGES
		logval("reversed", ((int)now.reversed));
#endif
		;
S_1693_0: /* 2 */
		now.tpatch = 1;
#ifdef VAR_RANGES
		logval("tpatch", ((int)now.tpatch));
#endif
		;
S_1694_0: /* 2 */
		now.pend[1] = (((int)now.pend[1])+1);
#ifdef VAR_RANGES
		logval("pend[1]", ((int)now.pend[1]));
#endif
		;
		goto S_1721_0;
S_1721_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 95: // STATE 713 - transition.pml:218 - [(((1==1)||(0==1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][713] = 1;
		if (!(((1==1)||(0==1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 96: // STATE 714 - transition.pml:206 - [(((sz[0]>0)&&(stk[(((2*0)+sz[0])-1)]==1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][714] = 1;
		if (!(((((int)now.sz[0])>0)&&(((int)now.stk[ Index((((2*0)+((int)now.sz[0]))-1), 4) ])==1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 97: // STATE 728 - transition.pml:153 - [D_STEP153]
		if (!(((boq == -1 && 0)) || (boq == -1 /* else */)))
			continue;

		reached[2][728] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1704_0: /* 2 */
S_1699_0: /* 2 */
		if (!(0))
			goto S_1704_1;
S_1700_0: /* 2 */
		now.stk[ Index(((2*0)+now.sz[0]), 4) ] = 1;
#ifdef VAR_RANGES
		logval("stk[((2*0)+sz[0])]", ((int)now.stk[ Index(((2*0)+((int)now.sz[0])), 4) ]));
#endif
		;
S_1701_0: /* 2 */
		now.sz[0] = (((int)now.sz[0])+1);
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_1705_0;
S_1704_1: /* 3 */
S_1702_0: /* 2 */
		/* else */;
S_1703_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1705_0;
S_1704_2: /* 3 */
		Uerror("blocking sel in d_step (nr.38, near line 154)");
S_1705_0: /* 2 */
S_1706_0: /* 2 */
		now.intr[0] = 1;
#ifdef VAR_RANGES
		logval("intr[0]", ((int)now.intr[0]));
#endif
		;
S_1707_0: /* 2 */
		now.treqCur[0] = 1;
#ifdef VAR_RANGES
		logval("treqCur[0]", ((int)now.treqCur[0]));
#endif
		;
S_1708_0: /* 2 */
		now.tver[0] = ((int)now.tgen);
#ifdef VAR_RANGES
		logval("tver[0]", ((int)now.tver[0]));
#endif
		;
S_1709_0: /* 2 */
		now.tsTop[0] = ((int)now.stk[ Index((((2*0)+((int)now.sz[0]))-1), 4) ]);
#ifdef VAR_RANGES
		logval("tsTop[0]", ((int)now.tsTop[0]));
#endif
		;
S_1710_0: /* 2 */
		now.tsBelow[0] = ( ((((int)now.sz[0])>1)) ? (((int)now.stk[ Index((2*0), 4) ])) : (0) );
#ifdef VAR_RANGES
		logval("tsBelow[0]", ((int)now.tsBelow[0]));
#endif
		;
S_1711_0: /* 2 */
		now.chg[0] = 1;
#ifdef VAR_RANGES
		logval("chg[0]", ((int)now.chg[0]));
#endif
		;
		goto S_1717_0;
S_1717_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 98: // STATE 739 - transition.pml:206 - [(((sz[1]>0)&&(stk[(((2*1)+sz[1])-1)]==1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][739] = 1;
		if (!(((((int)now.sz[1])>0)&&(((int)now.stk[ Index((((2*1)+((int)now.sz[1]))-1), 4) ])==1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 99: // STATE 753 - transition.pml:153 - [D_STEP153]
		if (!(((boq == -1 && 0)) || (boq == -1 /* else */)))
			continue;

		reached[2][753] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1729_0: /* 2 */
S_1724_0: /* 2 */
		if (!(0))
			goto S_1729_1;
S_1725_0: /* 2 */
		now.stk[ Index(((2*1)+now.sz[1]), 4) ] = 1;
#ifdef VAR_RANGES
		logval("stk[((2*1)+sz[1])]", ((int)now.stk[ Index(((2*1)+((int)now.sz[1])), 4) ]));
#endif
		;
S_1726_0: /* 2 */
		now.sz[1] = (((int)now.sz[1])+1);
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_1730_0;
S_1729_1: /* 3 */
S_1727_0: /* 2 */
		/* else */;
S_1728_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1730_0;
S_1729_2: /* 3 */
		Uerror("blocking sel in d_step (nr.39, near line 154)");
S_1730_0: /* 2 */
S_1731_0: /* 2 */
		now.intr[1] = 1;
#ifdef VAR_RANGES
		logval("intr[1]", ((int)now.intr[1]));
#endif
		;
S_1732_0: /* 2 */
		now.treqCur[1] = 1;
#ifdef VAR_RANGES
		logval("treqCur[1]", ((int)now.treqCur[1]));
#endif
		;
S_1733_0: /* 2 */
		now.tver[1] = ((int)now.tgen);
#ifdef VAR_RANGES
		logval("tver[1]", ((int)now.tver[1]));
#endif
		;
S_1734_0: /* 2 */
		now.tsTop[1] = ((int)now.stk[ Index((((2*1)+((int)now.sz[1]))-1), 4) ]);
#ifdef VAR_RANGES
		logval("tsTop[1]", ((int)now.tsTop[1]));
#endif
		;
S_1735_0: /* 2 */
		now.tsBelow[1] = ( ((((int)now.sz[1])>1)) ? (((int)now.stk[ Index((2*1), 4) ])) : (0) );
#ifdef VAR_RANGES
		logval("tsBelow[1]", ((int)now.tsBelow[1]));
#endif
		;
S_1736_0: /* 2 */
		now.chg[1] = 1;
#ifdef VAR_RANGES
		logval("chg[1]", ((int)now.chg[1]));
#endif
		;
		goto S_1742_0;
S_1742_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 100: // STATE 760 - transition.pml:220 - [on[1] = 0] (0:0:1 - 3)
		IfNotBlocked
		reached[2][760] = 1;
		(trpt+1)->bup.oval = ((int)now.on[1]);
		now.on[1] = 0;
#ifdef VAR_RANGES
		logval("on[1]", ((int)now.on[1]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 101: // STATE 764 - transition.pml:189 - [D_STEP189]
		IfNotBlocked

		reached[2][764] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1745_0: /* 2 */
		now.selfCheck = 1;
#ifdef VAR_RANGES
		logval("selfCheck", ((int)now.selfCheck));
#endif
		;
S_1746_0: /* 2 */
		now.chk[0] = (( (((int)now.pstCur[0])) ? (((int)now.pst[0])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[0]", ((int)now.chk[0]));
#endif
		;
S_1747_0: /* 2 */
		now.chk[1] = (( (((int)now.pstCur[1])) ? (((int)now.pst[1])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[1]", ((int)now.chk[1]));
#endif
		;
		goto S_1754_0;
S_1754_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 102: // STATE 773 - transition.pml:140 - [lock = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[2][773] = 1;
		(trpt+1)->bup.oval = ((int)now.lock);
		now.lock = 0;
#ifdef VAR_RANGES
		logval("lock", ((int)now.lock));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 103: // STATE 776 - transition.pml:627 - [opsRunning = (opsRunning-1)] (0:0:1 - 1)
		IfNotBlocked
		reached[2][776] = 1;
		(trpt+1)->bup.oval = ((int)now.opsRunning);
		now.opsRunning = (((int)now.opsRunning)-1);
#ifdef VAR_RANGES
		logval("opsRunning", ((int)now.opsRunning));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 104: // STATE 777 - transition.pml:628 - [-end-] (0:0:0 - 1)
		IfNotBlocked
		reached[2][777] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* PROC Driver */
	case 105: // STATE 1 - transition.pml:510 - [(((!(lock)&&(tpatch!=0))&&!(completing)))] (10:0:1 - 1)
		IfNotBlocked
		reached[1][1] = 1;
		if (!((( !(((int)now.lock))&&(((int)now.tpatch)!=0))&& !(((int)now.completing)))))
			continue;
		/* merge: lock = 1(0, 2, 10) */
		reached[1][2] = 1;
		(trpt+1)->bup.oval = ((int)now.lock);
		now.lock = 1;
#ifdef VAR_RANGES
		logval("lock", ((int)now.lock));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 106: // STATE 3 - transition.pml:500 - [(((opsRunning==0)&&(running==0)))] (414:0:1 - 1)
		IfNotBlocked
		reached[1][3] = 1;
		if (!(((((int)now.opsRunning)==0)&&(((int)now.running)==0))))
			continue;
		/* merge: idle = (idle+1)(414, 4, 414) */
		reached[1][4] = 1;
		(trpt+1)->bup.oval = ((int)now.idle);
		now.idle = (((int)now.idle)+1);
#ifdef VAR_RANGES
		logval("idle", ((int)now.idle));
#endif
		;
		/* merge: assert((idle<=3))(414, 5, 414) */
		reached[1][5] = 1;
		spin_assert((((int)now.idle)<=3), "(idle<=3)", II, tt, t);
		/* merge: .(goto)(414, 9, 414) */
		reached[1][9] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 107: // STATE 9 - transition.pml:503 - [.(goto)] (0:414:0 - 2)
		IfNotBlocked
		reached[1][9] = 1;
		;
		_m = 3; goto P999; /* 0 */
	case 108: // STATE 7 - transition.pml:501 - [(1)] (414:0:0 - 1)
		IfNotBlocked
		reached[1][7] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(414, 9, 414) */
		reached[1][9] = 1;
		;
		_m = 3; goto P999; /* 1 */
	case 109: // STATE 12 - transition.pml:511 - [(((tpatch!=0)&&!(completing)))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][12] = 1;
		if (!(((((int)now.tpatch)!=0)&& !(((int)now.completing)))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 110: // STATE 15 - transition.pml:319 - [D_STEP319]
		IfNotBlocked

		reached[1][15] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_371_0: /* 2 */
		now.held[0] = ((((int)now.fo[0])&&((int)now.chg[0]))||(((int)now.fin[0])&&((int)now.chg[1])));
#ifdef VAR_RANGES
		logval("held[0]", ((int)now.held[0]));
#endif
		;
S_372_0: /* 2 */
		now.held[1] = ((((int)now.fo[1])&&((int)now.chg[0]))||(((int)now.fin[1])&&((int)now.chg[1])));
#ifdef VAR_RANGES
		logval("held[1]", ((int)now.held[1]));
#endif
		;
		goto S_397_0;
S_397_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 111: // STATE 39 - transition.pml:323 - [D_STEP323]
		IfNotBlocked

		reached[1][39] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_374_0: /* 2 */
		now.all = 1;
#ifdef VAR_RANGES
		logval("all", ((int)now.all));
#endif
		;
S_383_0: /* 2 */
S_375_0: /* 2 */
		if (!((( (((int)now.pstCur[0])) ? (((int)now.pst[0])) : (((int)now.wbase)) )==((int)now.wtgt))))
			goto S_383_1;
S_376_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_384_0;
S_383_1: /* 3 */
S_377_0: /* 2 */
		if (!(((int)now.held[0])))
			goto S_383_2;
S_378_0: /* 2 */
		now.all = 0;
#ifdef VAR_RANGES
		logval("all", ((int)now.all));
#endif
		;
S_379_0: /* 2 */
		now.chk[0] = 1;
#ifdef VAR_RANGES
		logval("chk[0]", ((int)now.chk[0]));
#endif
		;
		goto S_384_0;
S_383_2: /* 3 */
S_380_0: /* 2 */
		/* else */;
S_381_0: /* 2 */
		now.pstCur[0] = 1;
#ifdef VAR_RANGES
		logval("pstCur[0]", ((int)now.pstCur[0]));
#endif
		;
S_382_0: /* 2 */
		now.pst[0] = ((int)now.wtgt);
#ifdef VAR_RANGES
		logval("pst[0]", ((int)now.pst[0]));
#endif
		;
		goto S_384_0;
S_383_3: /* 3 */
		Uerror("blocking sel in d_step (nr.40, near line 325)");
S_384_0: /* 2 */
S_393_0: /* 2 */
S_385_0: /* 2 */
		if (!((( (((int)now.pstCur[1])) ? (((int)now.pst[1])) : (((int)now.wbase)) )==((int)now.wtgt))))
			goto S_393_1;
S_386_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_394_0;
S_393_1: /* 3 */
S_387_0: /* 2 */
		if (!(((int)now.held[1])))
			goto S_393_2;
S_388_0: /* 2 */
		now.all = 0;
#ifdef VAR_RANGES
		logval("all", ((int)now.all));
#endif
		;
S_389_0: /* 2 */
		now.chk[1] = 1;
#ifdef VAR_RANGES
		logval("chk[1]", ((int)now.chk[1]));
#endif
		;
		goto S_394_0;
S_393_2: /* 3 */
S_390_0: /* 2 */
		/* else */;
S_391_0: /* 2 */
		now.pstCur[1] = 1;
#ifdef VAR_RANGES
		logval("pstCur[1]", ((int)now.pstCur[1]));
#endif
		;
S_392_0: /* 2 */
		now.pst[1] = ((int)now.wtgt);
#ifdef VAR_RANGES
		logval("pst[1]", ((int)now.pst[1]));
#endif
		;
		goto S_394_0;
S_393_3: /* 3 */
		Uerror("blocking sel in d_step (nr.41, near line 326)");
S_394_0: /* 2 */
S_395_0: /* 2 */
		now.held[0] = 0;
#ifdef VAR_RANGES
		logval("held[0]", ((int)now.held[0]));
#endif
		;
S_396_0: /* 2 */
		now.held[1] = 0;
#ifdef VAR_RANGES
		logval("held[1]", ((int)now.held[1]));
#endif
		;
		goto S_767_0;
S_767_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 112: // STATE 40 - transition.pml:330 - [(all)] (0:0:0 - 1)
		IfNotBlocked
		reached[1][40] = 1;
		if (!(((int)now.all)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 113: // STATE 41 - transition.pml:330 - [all = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[1][41] = 1;
		(trpt+1)->bup.oval = ((int)now.all);
		now.all = 0;
#ifdef VAR_RANGES
		logval("all", ((int)now.all));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 114: // STATE 42 - transition.pml:301 - [wall = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[1][42] = 1;
		(trpt+1)->bup.oval = ((int)now.wall);
		now.wall = 1;
#ifdef VAR_RANGES
		logval("wall", ((int)now.wall));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 115: // STATE 43 - transition.pml:303 - [(tforced)] (0:0:0 - 1)
		IfNotBlocked
		reached[1][43] = 1;
		if (!(((int)now.tforced)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 116: // STATE 72 - transition.pml:266 - [D_STEP266]
		if (!(((boq == -1 && ((int)now.chg[0]))) || (boq == -1 /* else */)))
			continue;

		reached[1][72] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_428_0: /* 2 */
S_402_0: /* 2 */
		if (!(((int)now.chg[0])))
			goto S_428_1;
S_421_0: /* 2 */
S_403_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_421_1;
S_418_0: /* 2 */
S_416_0: /* 2 */
S_404_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index(((2*0)+1), 4) ])==((int)now.tpatch)))))
			goto S_416_1;
S_405_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_406_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_417_0;
S_416_1: /* 3 */
S_407_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_416_2;
S_408_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = ((int)now.stk[ Index(((2*0)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_409_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_410_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_417_0;
S_416_2: /* 3 */
S_411_0: /* 2 */
		if (!(((((int)now.sz[0])==1)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_416_3;
S_412_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_413_0: /* 2 */
		now.sz[0] = 0;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_417_0;
S_416_3: /* 3 */
S_414_0: /* 2 */
		/* else */;
S_415_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_417_0;
S_416_4: /* 3 */
		Uerror("blocking sel in d_step (nr.42, near line 164)");
S_417_0: /* 2 */
		goto S_422_0;
S_421_1: /* 3 */
S_419_0: /* 2 */
		/* else */;
S_420_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_422_0;
S_421_2: /* 3 */
		Uerror("blocking sel in d_step (nr.43, near line 269)");
S_422_0: /* 2 */
S_423_0: /* 2 */
		now.intr[0] = 0;
#ifdef VAR_RANGES
		logval("intr[0]", ((int)now.intr[0]));
#endif
		;
S_424_0: /* 2 */
		now.settled[0] = ( ((((int)now.wtgt)==1)) ? (1) : (0) );
#ifdef VAR_RANGES
		logval("settled[0]", ((int)now.settled[0]));
#endif
		;
S_425_0: /* 2 */
		now.chg[0] = 0;
#ifdef VAR_RANGES
		logval("chg[0]", ((int)now.chg[0]));
#endif
		;
		goto S_429_0;
S_428_1: /* 3 */
S_426_0: /* 2 */
		/* else */;
S_427_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_429_0;
S_428_2: /* 3 */
		Uerror("blocking sel in d_step (nr.44, near line 267)");
S_429_0: /* 2 */
		goto S_451_0;
S_451_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 117: // STATE 93 - transition.pml:274 - [D_STEP274]
		if (!(((boq == -1 && ((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(0==1))))) || (boq == -1 /* else */)))
			continue;

		reached[1][93] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_449_0: /* 2 */
S_431_0: /* 2 */
		if (!(((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(0==1)))))
			goto S_449_1;
S_446_0: /* 2 */
S_444_0: /* 2 */
S_432_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index(((2*0)+1), 4) ])==((int)now.tpatch)))))
			goto S_444_1;
S_433_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_434_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_445_0;
S_444_1: /* 3 */
S_435_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_444_2;
S_436_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = ((int)now.stk[ Index(((2*0)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_437_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_438_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_445_0;
S_444_2: /* 3 */
S_439_0: /* 2 */
		if (!(((((int)now.sz[0])==1)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_444_3;
S_440_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_441_0: /* 2 */
		now.sz[0] = 0;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_445_0;
S_444_3: /* 3 */
S_442_0: /* 2 */
		/* else */;
S_443_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_445_0;
S_444_4: /* 3 */
		Uerror("blocking sel in d_step (nr.45, near line 164)");
S_445_0: /* 2 */
		goto S_450_0;
S_449_1: /* 3 */
S_447_0: /* 2 */
		/* else */;
S_448_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_450_0;
S_449_2: /* 3 */
		Uerror("blocking sel in d_step (nr.46, near line 275)");
S_450_0: /* 2 */
		goto S_503_0;
S_503_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 118: // STATE 123 - transition.pml:266 - [D_STEP266]
		if (!(((boq == -1 && ((int)now.chg[1]))) || (boq == -1 /* else */)))
			continue;

		reached[1][123] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_479_0: /* 2 */
S_453_0: /* 2 */
		if (!(((int)now.chg[1])))
			goto S_479_1;
S_472_0: /* 2 */
S_454_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_472_1;
S_469_0: /* 2 */
S_467_0: /* 2 */
S_455_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index(((2*1)+1), 4) ])==((int)now.tpatch)))))
			goto S_467_1;
S_456_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_457_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_468_0;
S_467_1: /* 3 */
S_458_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_467_2;
S_459_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = ((int)now.stk[ Index(((2*1)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_460_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_461_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_468_0;
S_467_2: /* 3 */
S_462_0: /* 2 */
		if (!(((((int)now.sz[1])==1)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_467_3;
S_463_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_464_0: /* 2 */
		now.sz[1] = 0;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_468_0;
S_467_3: /* 3 */
S_465_0: /* 2 */
		/* else */;
S_466_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_468_0;
S_467_4: /* 3 */
		Uerror("blocking sel in d_step (nr.47, near line 164)");
S_468_0: /* 2 */
		goto S_473_0;
S_472_1: /* 3 */
S_470_0: /* 2 */
		/* else */;
S_471_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_473_0;
S_472_2: /* 3 */
		Uerror("blocking sel in d_step (nr.48, near line 269)");
S_473_0: /* 2 */
S_474_0: /* 2 */
		now.intr[1] = 0;
#ifdef VAR_RANGES
		logval("intr[1]", ((int)now.intr[1]));
#endif
		;
S_475_0: /* 2 */
		now.settled[1] = ( ((((int)now.wtgt)==1)) ? (1) : (0) );
#ifdef VAR_RANGES
		logval("settled[1]", ((int)now.settled[1]));
#endif
		;
S_476_0: /* 2 */
		now.chg[1] = 0;
#ifdef VAR_RANGES
		logval("chg[1]", ((int)now.chg[1]));
#endif
		;
		goto S_480_0;
S_479_1: /* 3 */
S_477_0: /* 2 */
		/* else */;
S_478_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_480_0;
S_479_2: /* 3 */
		Uerror("blocking sel in d_step (nr.49, near line 267)");
S_480_0: /* 2 */
		goto S_502_0;
S_502_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 119: // STATE 144 - transition.pml:274 - [D_STEP274]
		if (!(((boq == -1 && ((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(1==1))))) || (boq == -1 /* else */)))
			continue;

		reached[1][144] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_500_0: /* 2 */
S_482_0: /* 2 */
		if (!(((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(1==1)))))
			goto S_500_1;
S_497_0: /* 2 */
S_495_0: /* 2 */
S_483_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index(((2*1)+1), 4) ])==((int)now.tpatch)))))
			goto S_495_1;
S_484_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_485_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_496_0;
S_495_1: /* 3 */
S_486_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_495_2;
S_487_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = ((int)now.stk[ Index(((2*1)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_488_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_489_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_496_0;
S_495_2: /* 3 */
S_490_0: /* 2 */
		if (!(((((int)now.sz[1])==1)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_495_3;
S_491_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_492_0: /* 2 */
		now.sz[1] = 0;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_496_0;
S_495_3: /* 3 */
S_493_0: /* 2 */
		/* else */;
S_494_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_496_0;
S_495_4: /* 3 */
		Uerror("blocking sel in d_step (nr.50, near line 164)");
S_496_0: /* 2 */
		goto S_501_0;
S_500_1: /* 3 */
S_498_0: /* 2 */
		/* else */;
S_499_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_501_0;
S_500_2: /* 3 */
		Uerror("blocking sel in d_step (nr.51, near line 275)");
S_501_0: /* 2 */
		goto S_504_0;
S_504_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 120: // STATE 146 - transition.pml:286 - [assert((!(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1]))))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][146] = 1;
		spin_assert(( !(((int)now.reversed))||((((((((int)now.stk[0])==((int)now.snap[0]))&&(((int)now.stk[1])==((int)now.snap[1])))&&(((int)now.stk[2])==((int)now.snap[2])))&&(((int)now.stk[3])==((int)now.snap[3])))&&(((int)now.sz[0])==((int)now.snapsz[0])))&&(((int)now.sz[1])==((int)now.snapsz[1])))), "( !(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1])))", II, tt, t);
		_m = 3; goto P999; /* 0 */
	case 121: // STATE 197 - transition.pml:287 - [D_STEP287]
		if (!(((boq == -1 &&  !(((int)now.tforced)))) || (boq == -1 /* else */)))
			continue;

		reached[1][197] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_533_0: /* 2 */
S_505_0: /* 2 */
		if (!( !(((int)now.tforced))))
			goto S_533_1;
S_530_0: /* 2 */
S_517_0: /* 2 */
S_515_0: /* 2 */
S_506_0: /* 2 */
		if (!((((int)now.treqCur[0])&& !(((int)now.intr[0])))))
			goto S_515_1;
S_511_0: /* 2 */
S_507_0: /* 2 */
		if (!((((int)now.settled[0])==1)))
			goto S_511_1;
S_508_0: /* 2 */
		now.tsBelow[0] = 7;
#ifdef VAR_RANGES
		logval("tsBelow[0]", ((int)now.tsBelow[0]));
#endif
		;
		goto S_512_0;
S_511_1: /* 3 */
S_509_0: /* 2 */
		/* else */;
S_510_0: /* 2 */
		now.tsTop[0] = 7;
#ifdef VAR_RANGES
		logval("tsTop[0]", ((int)now.tsTop[0]));
#endif
		;
		goto S_512_0;
S_511_2: /* 3 */
		Uerror("blocking sel in d_step (nr.52, near line 254)");
S_512_0: /* 2 */
		goto S_516_0;
S_515_1: /* 3 */
S_513_0: /* 2 */
		/* else */;
S_514_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_516_0;
S_515_2: /* 3 */
		Uerror("blocking sel in d_step (nr.53, near line 253)");
S_516_0: /* 2 */
		goto S_529_0;
S_529_0: /* 2 */
S_527_0: /* 2 */
S_518_0: /* 2 */
		if (!((((int)now.treqCur[1])&& !(((int)now.intr[1])))))
			goto S_527_1;
S_523_0: /* 2 */
S_519_0: /* 2 */
		if (!((((int)now.settled[1])==1)))
			goto S_523_1;
S_520_0: /* 2 */
		now.tsBelow[1] = 7;
#ifdef VAR_RANGES
		logval("tsBelow[1]", ((int)now.tsBelow[1]));
#endif
		;
		goto S_524_0;
S_523_1: /* 3 */
S_521_0: /* 2 */
		/* else */;
S_522_0: /* 2 */
		now.tsTop[1] = 7;
#ifdef VAR_RANGES
		logval("tsTop[1]", ((int)now.tsTop[1]));
#endif
		;
		goto S_524_0;
S_523_2: /* 3 */
		Uerror("blocking sel in d_step (nr.54, near line 254)");
S_524_0: /* 2 */
		goto S_528_0;
S_527_1: /* 3 */
S_525_0: /* 2 */
		/* else */;
S_526_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_528_0;
S_527_2: /* 3 */
		Uerror("blocking sel in d_step (nr.55, near line 253)");
S_528_0: /* 2 */
		goto S_534_0;
S_533_1: /* 3 */
S_531_0: /* 2 */
		/* else */;
S_532_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_534_0;
S_533_2: /* 3 */
		Uerror("blocking sel in d_step (nr.56, near line 288)");
S_534_0: /* 2 */
S_539_0: /* 2 */
S_535_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_539_1;
S_536_0: /* 2 */
		now.pu[ Index(now.tpatch, 3) ] = 1;
#ifdef VAR_RANGES
		logval("pu[tpatch]", ((int)now.pu[ Index(((int)now.tpatch), 3) ]));
#endif
		;
		goto S_540_0;
S_539_1: /* 3 */
S_537_0: /* 2 */
		/* else */;
S_538_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_540_0;
S_539_2: /* 3 */
		Uerror("blocking sel in d_step (nr.57, near line 289)");
S_540_0: /* 2 */
S_541_0: /* 2 */
		now.selfCheck = 0;
#ifdef VAR_RANGES
		logval("selfCheck", ((int)now.selfCheck));
#endif
		;
S_542_0: /* 2 */
		now.pend[ Index(now.tpatch, 3) ] = 0;
#ifdef VAR_RANGES
		logval("pend[tpatch]", ((int)now.pend[ Index(((int)now.tpatch), 3) ]));
#endif
		;
S_543_0: /* 2 */
		now.tpatch = 0;
#ifdef VAR_RANGES
		logval("tpatch", ((int)now.tpatch));
#endif
		;
S_544_0: /* 2 */
		now.synced = 0;
#ifdef VAR_RANGES
		logval("synced", ((int)now.synced));
#endif
		;
S_545_0: /* 2 */
		now.tforced = 0;
#ifdef VAR_RANGES
		logval("tforced", ((int)now.tforced));
#endif
		;
S_546_0: /* 2 */
		now.completing = 0;
#ifdef VAR_RANGES
		logval("completing", ((int)now.completing));
#endif
		;
S_547_0: /* 2 */
		now.snap[0] = 0;
#ifdef VAR_RANGES
		logval("snap[0]", ((int)now.snap[0]));
#endif
		;
S_548_0: /* 2 */
		now.snap[1] = 0;
#ifdef VAR_RANGES
		logval("snap[1]", ((int)now.snap[1]));
#endif
		;
S_549_0: /* 2 */
		now.snap[2] = 0;
#ifdef VAR_RANGES
		logval("snap[2]", ((int)now.snap[2]));
#endif
		;
S_550_0: /* 2 */
		now.snap[3] = 0;
#ifdef VAR_RANGES
		logval("snap[3]", ((int)now.snap[3]));
#endif
		;
S_551_0: /* 2 */
		now.snapsz[0] = 0;
#ifdef VAR_RANGES
		logval("snapsz[0]", ((int)now.snapsz[0]));
#endif
		;
S_552_0: /* 2 */
		now.snapsz[1] = 0;
#ifdef VAR_RANGES
		logval("snapsz[1]", ((int)now.snapsz[1]));
#endif
		;
S_553_0: /* 2 */
		now.rounds = 0;
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
S_554_0: /* 2 */
		now.reversed = 0;
#ifdef VAR_RANGES
		logval("reversed", ((int)now.reversed));
#endif
		;
		goto S_742_0;
S_742_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 122: // STATE 205 - transition.pml:244 - [D_STEP244]
		if (!(boq == -1 &&  !(((int)now.gpLock))))
			continue;

		reached[1][205] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_558_0: /* 2 */
		if (!( !(((int)now.gpLock))))
			Uerror("block in d_step seq");
S_559_0: /* 2 */
		now.gpLock = 1;
#ifdef VAR_RANGES
		logval("gpLock", ((int)now.gpLock));
#endif
		;
S_560_0: /* 2 */
		now.ann[0] = ( ((((int)now.ann[0])!=0)) ? (2) : (0) );
#ifdef VAR_RANGES
		logval("ann[0]", ((int)now.ann[0]));
#endif
		;
S_561_0: /* 2 */
		now.ann[1] = ( ((((int)now.ann[1])!=0)) ? (2) : (0) );
#ifdef VAR_RANGES
		logval("ann[1]", ((int)now.ann[1]));
#endif
		;
S_562_0: /* 2 */
		now.synced = 1;
#ifdef VAR_RANGES
		logval("synced", ((int)now.synced));
#endif
		;
		goto S_570_0;
S_570_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 123: // STATE 206 - transition.pml:236 - [((ann[0]!=2))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][206] = 1;
		if (!((((int)now.ann[0])!=2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 124: // STATE 208 - transition.pml:238 - [((ann[0]==2))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][208] = 1;
		if (!((((int)now.ann[0])==2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 125: // STATE 209 - transition.pml:238 - [synced = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[1][209] = 1;
		(trpt+1)->bup.oval = ((int)now.synced);
		now.synced = 0;
#ifdef VAR_RANGES
		logval("synced", ((int)now.synced));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 126: // STATE 213 - transition.pml:236 - [((ann[1]!=2))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][213] = 1;
		if (!((((int)now.ann[1])!=2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 127: // STATE 215 - transition.pml:238 - [((ann[1]==2))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][215] = 1;
		if (!((((int)now.ann[1])==2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 128: // STATE 216 - transition.pml:238 - [synced = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[1][216] = 1;
		(trpt+1)->bup.oval = ((int)now.synced);
		now.synced = 0;
#ifdef VAR_RANGES
		logval("synced", ((int)now.synced));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 129: // STATE 220 - transition.pml:247 - [gpLock = 0] (0:0:1 - 3)
		IfNotBlocked
		reached[1][220] = 1;
		(trpt+1)->bup.oval = ((int)now.gpLock);
		now.gpLock = 0;
#ifdef VAR_RANGES
		logval("gpLock", ((int)now.gpLock));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 130: // STATE 222 - transition.pml:308 - [(!(synced))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][222] = 1;
		if (!( !(((int)now.synced))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 131: // STATE 223 - transition.pml:308 - [completing = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[1][223] = 1;
		(trpt+1)->bup.oval = ((int)now.completing);
		now.completing = 1;
#ifdef VAR_RANGES
		logval("completing", ((int)now.completing));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 132: // STATE 224 - transition.pml:308 - [synced = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[1][224] = 1;
		(trpt+1)->bup.oval = ((int)now.synced);
		now.synced = 0;
#ifdef VAR_RANGES
		logval("synced", ((int)now.synced));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 133: // STATE 254 - transition.pml:266 - [D_STEP266]
		if (!(((boq == -1 && ((int)now.chg[0]))) || (boq == -1 /* else */)))
			continue;

		reached[1][254] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_610_0: /* 2 */
S_584_0: /* 2 */
		if (!(((int)now.chg[0])))
			goto S_610_1;
S_603_0: /* 2 */
S_585_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_603_1;
S_600_0: /* 2 */
S_598_0: /* 2 */
S_586_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index(((2*0)+1), 4) ])==((int)now.tpatch)))))
			goto S_598_1;
S_587_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_588_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_599_0;
S_598_1: /* 3 */
S_589_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_598_2;
S_590_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = ((int)now.stk[ Index(((2*0)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_591_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_592_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_599_0;
S_598_2: /* 3 */
S_593_0: /* 2 */
		if (!(((((int)now.sz[0])==1)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_598_3;
S_594_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_595_0: /* 2 */
		now.sz[0] = 0;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_599_0;
S_598_3: /* 3 */
S_596_0: /* 2 */
		/* else */;
S_597_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_599_0;
S_598_4: /* 3 */
		Uerror("blocking sel in d_step (nr.58, near line 164)");
S_599_0: /* 2 */
		goto S_604_0;
S_603_1: /* 3 */
S_601_0: /* 2 */
		/* else */;
S_602_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_604_0;
S_603_2: /* 3 */
		Uerror("blocking sel in d_step (nr.59, near line 269)");
S_604_0: /* 2 */
S_605_0: /* 2 */
		now.intr[0] = 0;
#ifdef VAR_RANGES
		logval("intr[0]", ((int)now.intr[0]));
#endif
		;
S_606_0: /* 2 */
		now.settled[0] = ( ((((int)now.wtgt)==1)) ? (1) : (0) );
#ifdef VAR_RANGES
		logval("settled[0]", ((int)now.settled[0]));
#endif
		;
S_607_0: /* 2 */
		now.chg[0] = 0;
#ifdef VAR_RANGES
		logval("chg[0]", ((int)now.chg[0]));
#endif
		;
		goto S_611_0;
S_610_1: /* 3 */
S_608_0: /* 2 */
		/* else */;
S_609_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_611_0;
S_610_2: /* 3 */
		Uerror("blocking sel in d_step (nr.60, near line 267)");
S_611_0: /* 2 */
		goto S_633_0;
S_633_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 134: // STATE 275 - transition.pml:274 - [D_STEP274]
		if (!(((boq == -1 && ((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(0==1))))) || (boq == -1 /* else */)))
			continue;

		reached[1][275] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_631_0: /* 2 */
S_613_0: /* 2 */
		if (!(((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(0==1)))))
			goto S_631_1;
S_628_0: /* 2 */
S_626_0: /* 2 */
S_614_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index(((2*0)+1), 4) ])==((int)now.tpatch)))))
			goto S_626_1;
S_615_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_616_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_627_0;
S_626_1: /* 3 */
S_617_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_626_2;
S_618_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = ((int)now.stk[ Index(((2*0)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_619_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_620_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_627_0;
S_626_2: /* 3 */
S_621_0: /* 2 */
		if (!(((((int)now.sz[0])==1)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_626_3;
S_622_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_623_0: /* 2 */
		now.sz[0] = 0;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_627_0;
S_626_3: /* 3 */
S_624_0: /* 2 */
		/* else */;
S_625_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_627_0;
S_626_4: /* 3 */
		Uerror("blocking sel in d_step (nr.61, near line 164)");
S_627_0: /* 2 */
		goto S_632_0;
S_631_1: /* 3 */
S_629_0: /* 2 */
		/* else */;
S_630_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_632_0;
S_631_2: /* 3 */
		Uerror("blocking sel in d_step (nr.62, near line 275)");
S_632_0: /* 2 */
		goto S_685_0;
S_685_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 135: // STATE 305 - transition.pml:266 - [D_STEP266]
		if (!(((boq == -1 && ((int)now.chg[1]))) || (boq == -1 /* else */)))
			continue;

		reached[1][305] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_661_0: /* 2 */
S_635_0: /* 2 */
		if (!(((int)now.chg[1])))
			goto S_661_1;
S_654_0: /* 2 */
S_636_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_654_1;
S_651_0: /* 2 */
S_649_0: /* 2 */
S_637_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index(((2*1)+1), 4) ])==((int)now.tpatch)))))
			goto S_649_1;
S_638_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_639_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_650_0;
S_649_1: /* 3 */
S_640_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_649_2;
S_641_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = ((int)now.stk[ Index(((2*1)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_642_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_643_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_650_0;
S_649_2: /* 3 */
S_644_0: /* 2 */
		if (!(((((int)now.sz[1])==1)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_649_3;
S_645_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_646_0: /* 2 */
		now.sz[1] = 0;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_650_0;
S_649_3: /* 3 */
S_647_0: /* 2 */
		/* else */;
S_648_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_650_0;
S_649_4: /* 3 */
		Uerror("blocking sel in d_step (nr.63, near line 164)");
S_650_0: /* 2 */
		goto S_655_0;
S_654_1: /* 3 */
S_652_0: /* 2 */
		/* else */;
S_653_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_655_0;
S_654_2: /* 3 */
		Uerror("blocking sel in d_step (nr.64, near line 269)");
S_655_0: /* 2 */
S_656_0: /* 2 */
		now.intr[1] = 0;
#ifdef VAR_RANGES
		logval("intr[1]", ((int)now.intr[1]));
#endif
		;
S_657_0: /* 2 */
		now.settled[1] = ( ((((int)now.wtgt)==1)) ? (1) : (0) );
#ifdef VAR_RANGES
		logval("settled[1]", ((int)now.settled[1]));
#endif
		;
S_658_0: /* 2 */
		now.chg[1] = 0;
#ifdef VAR_RANGES
		logval("chg[1]", ((int)now.chg[1]));
#endif
		;
		goto S_662_0;
S_661_1: /* 3 */
S_659_0: /* 2 */
		/* else */;
S_660_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_662_0;
S_661_2: /* 3 */
		Uerror("blocking sel in d_step (nr.65, near line 267)");
S_662_0: /* 2 */
		goto S_684_0;
S_684_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 136: // STATE 326 - transition.pml:274 - [D_STEP274]
		if (!(((boq == -1 && ((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(1==1))))) || (boq == -1 /* else */)))
			continue;

		reached[1][326] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_682_0: /* 2 */
S_664_0: /* 2 */
		if (!(((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(1==1)))))
			goto S_682_1;
S_679_0: /* 2 */
S_677_0: /* 2 */
S_665_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index(((2*1)+1), 4) ])==((int)now.tpatch)))))
			goto S_677_1;
S_666_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_667_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_678_0;
S_677_1: /* 3 */
S_668_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_677_2;
S_669_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = ((int)now.stk[ Index(((2*1)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_670_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_671_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_678_0;
S_677_2: /* 3 */
S_672_0: /* 2 */
		if (!(((((int)now.sz[1])==1)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_677_3;
S_673_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_674_0: /* 2 */
		now.sz[1] = 0;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_678_0;
S_677_3: /* 3 */
S_675_0: /* 2 */
		/* else */;
S_676_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_678_0;
S_677_4: /* 3 */
		Uerror("blocking sel in d_step (nr.66, near line 164)");
S_678_0: /* 2 */
		goto S_683_0;
S_682_1: /* 3 */
S_680_0: /* 2 */
		/* else */;
S_681_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_683_0;
S_682_2: /* 3 */
		Uerror("blocking sel in d_step (nr.67, near line 275)");
S_683_0: /* 2 */
		goto S_686_0;
S_686_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 137: // STATE 328 - transition.pml:286 - [assert((!(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1]))))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][328] = 1;
		spin_assert(( !(((int)now.reversed))||((((((((int)now.stk[0])==((int)now.snap[0]))&&(((int)now.stk[1])==((int)now.snap[1])))&&(((int)now.stk[2])==((int)now.snap[2])))&&(((int)now.stk[3])==((int)now.snap[3])))&&(((int)now.sz[0])==((int)now.snapsz[0])))&&(((int)now.sz[1])==((int)now.snapsz[1])))), "( !(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1])))", II, tt, t);
		_m = 3; goto P999; /* 0 */
	case 138: // STATE 379 - transition.pml:287 - [D_STEP287]
		if (!(((boq == -1 &&  !(((int)now.tforced)))) || (boq == -1 /* else */)))
			continue;

		reached[1][379] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_715_0: /* 2 */
S_687_0: /* 2 */
		if (!( !(((int)now.tforced))))
			goto S_715_1;
S_712_0: /* 2 */
S_699_0: /* 2 */
S_697_0: /* 2 */
S_688_0: /* 2 */
		if (!((((int)now.treqCur[0])&& !(((int)now.intr[0])))))
			goto S_697_1;
S_693_0: /* 2 */
S_689_0: /* 2 */
		if (!((((int)now.settled[0])==1)))
			goto S_693_1;
S_690_0: /* 2 */
		now.tsBelow[0] = 7;
#ifdef VAR_RANGES
		logval("tsBelow[0]", ((int)now.tsBelow[0]));
#endif
		;
		goto S_694_0;
S_693_1: /* 3 */
S_691_0: /* 2 */
		/* else */;
S_692_0: /* 2 */
		now.tsTop[0] = 7;
#ifdef VAR_RANGES
		logval("tsTop[0]", ((int)now.tsTop[0]));
#endif
		;
		goto S_694_0;
S_693_2: /* 3 */
		Uerror("blocking sel in d_step (nr.68, near line 254)");
S_694_0: /* 2 */
		goto S_698_0;
S_697_1: /* 3 */
S_695_0: /* 2 */
		/* else */;
S_696_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_698_0;
S_697_2: /* 3 */
		Uerror("blocking sel in d_step (nr.69, near line 253)");
S_698_0: /* 2 */
		goto S_711_0;
S_711_0: /* 2 */
S_709_0: /* 2 */
S_700_0: /* 2 */
		if (!((((int)now.treqCur[1])&& !(((int)now.intr[1])))))
			goto S_709_1;
S_705_0: /* 2 */
S_701_0: /* 2 */
		if (!((((int)now.settled[1])==1)))
			goto S_705_1;
S_702_0: /* 2 */
		now.tsBelow[1] = 7;
#ifdef VAR_RANGES
		logval("tsBelow[1]", ((int)now.tsBelow[1]));
#endif
		;
		goto S_706_0;
S_705_1: /* 3 */
S_703_0: /* 2 */
		/* else */;
S_704_0: /* 2 */
		now.tsTop[1] = 7;
#ifdef VAR_RANGES
		logval("tsTop[1]", ((int)now.tsTop[1]));
#endif
		;
		goto S_706_0;
S_705_2: /* 3 */
		Uerror("blocking sel in d_step (nr.70, near line 254)");
S_706_0: /* 2 */
		goto S_710_0;
S_709_1: /* 3 */
S_707_0: /* 2 */
		/* else */;
S_708_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_710_0;
S_709_2: /* 3 */
		Uerror("blocking sel in d_step (nr.71, near line 253)");
S_710_0: /* 2 */
		goto S_716_0;
S_715_1: /* 3 */
S_713_0: /* 2 */
		/* else */;
S_714_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_716_0;
S_715_2: /* 3 */
		Uerror("blocking sel in d_step (nr.72, near line 288)");
S_716_0: /* 2 */
S_721_0: /* 2 */
S_717_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_721_1;
S_718_0: /* 2 */
		now.pu[ Index(now.tpatch, 3) ] = 1;
#ifdef VAR_RANGES
		logval("pu[tpatch]", ((int)now.pu[ Index(((int)now.tpatch), 3) ]));
#endif
		;
		goto S_722_0;
S_721_1: /* 3 */
S_719_0: /* 2 */
		/* else */;
S_720_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_722_0;
S_721_2: /* 3 */
		Uerror("blocking sel in d_step (nr.73, near line 289)");
S_722_0: /* 2 */
S_723_0: /* 2 */
		now.selfCheck = 0;
#ifdef VAR_RANGES
		logval("selfCheck", ((int)now.selfCheck));
#endif
		;
S_724_0: /* 2 */
		now.pend[ Index(now.tpatch, 3) ] = 0;
#ifdef VAR_RANGES
		logval("pend[tpatch]", ((int)now.pend[ Index(((int)now.tpatch), 3) ]));
#endif
		;
S_725_0: /* 2 */
		now.tpatch = 0;
#ifdef VAR_RANGES
		logval("tpatch", ((int)now.tpatch));
#endif
		;
S_726_0: /* 2 */
		now.synced = 0;
#ifdef VAR_RANGES
		logval("synced", ((int)now.synced));
#endif
		;
S_727_0: /* 2 */
		now.tforced = 0;
#ifdef VAR_RANGES
		logval("tforced", ((int)now.tforced));
#endif
		;
S_728_0: /* 2 */
		now.completing = 0;
#ifdef VAR_RANGES
		logval("completing", ((int)now.completing));
#endif
		;
S_729_0: /* 2 */
		now.snap[0] = 0;
#ifdef VAR_RANGES
		logval("snap[0]", ((int)now.snap[0]));
#endif
		;
S_730_0: /* 2 */
		now.snap[1] = 0;
#ifdef VAR_RANGES
		logval("snap[1]", ((int)now.snap[1]));
#endif
		;
S_731_0: /* 2 */
		now.snap[2] = 0;
#ifdef VAR_RANGES
		logval("snap[2]", ((int)now.snap[2]));
#endif
		;
S_732_0: /* 2 */
		now.snap[3] = 0;
#ifdef VAR_RANGES
		logval("snap[3]", ((int)now.snap[3]));
#endif
		;
S_733_0: /* 2 */
		now.snapsz[0] = 0;
#ifdef VAR_RANGES
		logval("snapsz[0]", ((int)now.snapsz[0]));
#endif
		;
S_734_0: /* 2 */
		now.snapsz[1] = 0;
#ifdef VAR_RANGES
		logval("snapsz[1]", ((int)now.snapsz[1]));
#endif
		;
S_735_0: /* 2 */
		now.rounds = 0;
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
S_736_0: /* 2 */
		now.reversed = 0;
#ifdef VAR_RANGES
		logval("reversed", ((int)now.reversed));
#endif
		;
		goto S_740_0;
S_740_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 139: // STATE 387 - transition.pml:332 - [((rounds<2))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][387] = 1;
		if (!((((int)now.rounds)<2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 140: // STATE 388 - transition.pml:332 - [rounds = (rounds+1)] (0:0:1 - 1)
		IfNotBlocked
		reached[1][388] = 1;
		(trpt+1)->bup.oval = ((int)now.rounds);
		now.rounds = (((int)now.rounds)+1);
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 141: // STATE 393 - transition.pml:334 - [(((rounds>=2)&&!(reversed)))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][393] = 1;
		if (!(((((int)now.rounds)>=2)&& !(((int)now.reversed)))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 142: // STATE 398 - transition.pml:226 - [D_STEP226]
		IfNotBlocked

		reached[1][398] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_752_0: /* 2 */
		now.wtgt = (1-((int)now.wtgt));
#ifdef VAR_RANGES
		logval("wtgt", ((int)now.wtgt));
#endif
		;
S_753_0: /* 2 */
		now.reversed =  !(((int)now.reversed));
#ifdef VAR_RANGES
		logval("reversed", ((int)now.reversed));
#endif
		;
S_754_0: /* 2 */
		now.rounds = 0;
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
S_755_0: /* 2 */
		now.on[ Index(now.tpatch, 3) ] = (((int)now.wtgt)==1);
#ifdef VAR_RANGES
		logval("on[tpatch]", ((int)now.on[ Index(((int)now.tpatch), 3) ]));
#endif
		;
		goto S_761_0;
S_761_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 143: // STATE 402 - transition.pml:189 - [D_STEP189]
		IfNotBlocked

		reached[1][402] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_757_0: /* 2 */
		now.selfCheck = 1;
#ifdef VAR_RANGES
		logval("selfCheck", ((int)now.selfCheck));
#endif
		;
S_758_0: /* 2 */
		now.chk[0] = (( (((int)now.pstCur[0])) ? (((int)now.pst[0])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[0]", ((int)now.chk[0]));
#endif
		;
S_759_0: /* 2 */
		now.chk[1] = (( (((int)now.pstCur[1])) ? (((int)now.pst[1])) : (((int)now.wbase)) )!=((int)now.wtgt));
#ifdef VAR_RANGES
		logval("chk[1]", ((int)now.chk[1]));
#endif
		;
		goto S_766_0;
S_766_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 144: // STATE 416 - transition.pml:140 - [lock = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[1][416] = 1;
		(trpt+1)->bup.oval = ((int)now.lock);
		now.lock = 0;
#ifdef VAR_RANGES
		logval("lock", ((int)now.lock));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 145: // STATE 418 - transition.pml:513 - [(((tpatch!=0)&&completing))] (427:0:1 - 1)
		IfNotBlocked
		reached[1][418] = 1;
		if (!(((((int)now.tpatch)!=0)&&((int)now.completing))))
			continue;
		/* merge: g = tgen(0, 419, 427) */
		reached[1][419] = 1;
		(trpt+1)->bup.oval = ((int)((P1 *)_this)->g);
		((P1 *)_this)->g = ((int)now.tgen);
#ifdef VAR_RANGES
		logval("Driver:g", ((int)((P1 *)_this)->g));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 146: // STATE 420 - transition.pml:500 - [(((opsRunning==0)&&(running==0)))] (450:0:1 - 1)
		IfNotBlocked
		reached[1][420] = 1;
		if (!(((((int)now.opsRunning)==0)&&(((int)now.running)==0))))
			continue;
		/* merge: idle = (idle+1)(450, 421, 450) */
		reached[1][421] = 1;
		(trpt+1)->bup.oval = ((int)now.idle);
		now.idle = (((int)now.idle)+1);
#ifdef VAR_RANGES
		logval("idle", ((int)now.idle));
#endif
		;
		/* merge: assert((idle<=3))(450, 422, 450) */
		reached[1][422] = 1;
		spin_assert((((int)now.idle)<=3), "(idle<=3)", II, tt, t);
		/* merge: .(goto)(450, 426, 450) */
		reached[1][426] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 147: // STATE 426 - transition.pml:503 - [.(goto)] (0:450:0 - 2)
		IfNotBlocked
		reached[1][426] = 1;
		;
		_m = 3; goto P999; /* 0 */
	case 148: // STATE 424 - transition.pml:501 - [(1)] (450:0:0 - 1)
		IfNotBlocked
		reached[1][424] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(450, 426, 450) */
		reached[1][426] = 1;
		;
		_m = 3; goto P999; /* 1 */
	case 149: // STATE 434 - transition.pml:244 - [D_STEP244]
		if (!(boq == -1 &&  !(((int)now.gpLock))))
			continue;

		reached[1][434] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_787_0: /* 2 */
		if (!( !(((int)now.gpLock))))
			Uerror("block in d_step seq");
S_788_0: /* 2 */
		now.gpLock = 1;
#ifdef VAR_RANGES
		logval("gpLock", ((int)now.gpLock));
#endif
		;
S_789_0: /* 2 */
		now.ann[0] = ( ((((int)now.ann[0])!=0)) ? (2) : (0) );
#ifdef VAR_RANGES
		logval("ann[0]", ((int)now.ann[0]));
#endif
		;
S_790_0: /* 2 */
		now.ann[1] = ( ((((int)now.ann[1])!=0)) ? (2) : (0) );
#ifdef VAR_RANGES
		logval("ann[1]", ((int)now.ann[1]));
#endif
		;
S_791_0: /* 2 */
		((P1 *)_this)->ok = 1;
#ifdef VAR_RANGES
		logval("Driver:ok", ((int)((P1 *)_this)->ok));
#endif
		;
		goto S_799_0;
S_799_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 150: // STATE 435 - transition.pml:236 - [((ann[0]!=2))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][435] = 1;
		if (!((((int)now.ann[0])!=2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 151: // STATE 437 - transition.pml:238 - [((ann[0]==2))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][437] = 1;
		if (!((((int)now.ann[0])==2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 152: // STATE 438 - transition.pml:238 - [ok = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[1][438] = 1;
		(trpt+1)->bup.oval = ((int)((P1 *)_this)->ok);
		((P1 *)_this)->ok = 0;
#ifdef VAR_RANGES
		logval("Driver:ok", ((int)((P1 *)_this)->ok));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 153: // STATE 442 - transition.pml:236 - [((ann[1]!=2))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][442] = 1;
		if (!((((int)now.ann[1])!=2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 154: // STATE 444 - transition.pml:238 - [((ann[1]==2))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][444] = 1;
		if (!((((int)now.ann[1])==2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 155: // STATE 445 - transition.pml:238 - [ok = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[1][445] = 1;
		(trpt+1)->bup.oval = ((int)((P1 *)_this)->ok);
		((P1 *)_this)->ok = 0;
#ifdef VAR_RANGES
		logval("Driver:ok", ((int)((P1 *)_this)->ok));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 156: // STATE 449 - transition.pml:247 - [gpLock = 0] (0:0:1 - 3)
		IfNotBlocked
		reached[1][449] = 1;
		(trpt+1)->bup.oval = ((int)now.gpLock);
		now.gpLock = 0;
#ifdef VAR_RANGES
		logval("gpLock", ((int)now.gpLock));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 157: // STATE 451 - transition.pml:139 - [(!(lock))] (613:0:1 - 1)
		IfNotBlocked
		reached[1][451] = 1;
		if (!( !(((int)now.lock))))
			continue;
		/* merge: lock = 1(0, 452, 613) */
		reached[1][452] = 1;
		(trpt+1)->bup.oval = ((int)now.lock);
		now.lock = 1;
#ifdef VAR_RANGES
		logval("lock", ((int)now.lock));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 158: // STATE 455 - transition.pml:518 - [(((((tpatch!=0)&&completing)&&(tgen==g))&&ok))] (0:0:2 - 1)
		IfNotBlocked
		reached[1][455] = 1;
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
	case 159: // STATE 484 - transition.pml:266 - [D_STEP266]
		if (!(((boq == -1 && ((int)now.chg[0]))) || (boq == -1 /* else */)))
			continue;

		reached[1][484] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_840_0: /* 2 */
S_814_0: /* 2 */
		if (!(((int)now.chg[0])))
			goto S_840_1;
S_833_0: /* 2 */
S_815_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_833_1;
S_830_0: /* 2 */
S_828_0: /* 2 */
S_816_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index(((2*0)+1), 4) ])==((int)now.tpatch)))))
			goto S_828_1;
S_817_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_818_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_829_0;
S_828_1: /* 3 */
S_819_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_828_2;
S_820_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = ((int)now.stk[ Index(((2*0)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_821_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_822_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_829_0;
S_828_2: /* 3 */
S_823_0: /* 2 */
		if (!(((((int)now.sz[0])==1)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_828_3;
S_824_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_825_0: /* 2 */
		now.sz[0] = 0;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_829_0;
S_828_3: /* 3 */
S_826_0: /* 2 */
		/* else */;
S_827_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_829_0;
S_828_4: /* 3 */
		Uerror("blocking sel in d_step (nr.74, near line 164)");
S_829_0: /* 2 */
		goto S_834_0;
S_833_1: /* 3 */
S_831_0: /* 2 */
		/* else */;
S_832_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_834_0;
S_833_2: /* 3 */
		Uerror("blocking sel in d_step (nr.75, near line 269)");
S_834_0: /* 2 */
S_835_0: /* 2 */
		now.intr[0] = 0;
#ifdef VAR_RANGES
		logval("intr[0]", ((int)now.intr[0]));
#endif
		;
S_836_0: /* 2 */
		now.settled[0] = ( ((((int)now.wtgt)==1)) ? (1) : (0) );
#ifdef VAR_RANGES
		logval("settled[0]", ((int)now.settled[0]));
#endif
		;
S_837_0: /* 2 */
		now.chg[0] = 0;
#ifdef VAR_RANGES
		logval("chg[0]", ((int)now.chg[0]));
#endif
		;
		goto S_841_0;
S_840_1: /* 3 */
S_838_0: /* 2 */
		/* else */;
S_839_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_841_0;
S_840_2: /* 3 */
		Uerror("blocking sel in d_step (nr.76, near line 267)");
S_841_0: /* 2 */
		goto S_863_0;
S_863_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 160: // STATE 505 - transition.pml:274 - [D_STEP274]
		if (!(((boq == -1 && ((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(0==1))))) || (boq == -1 /* else */)))
			continue;

		reached[1][505] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_861_0: /* 2 */
S_843_0: /* 2 */
		if (!(((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(0==1)))))
			goto S_861_1;
S_858_0: /* 2 */
S_856_0: /* 2 */
S_844_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index(((2*0)+1), 4) ])==((int)now.tpatch)))))
			goto S_856_1;
S_845_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_846_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_857_0;
S_856_1: /* 3 */
S_847_0: /* 2 */
		if (!(((((int)now.sz[0])==2)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_856_2;
S_848_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = ((int)now.stk[ Index(((2*0)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_849_0: /* 2 */
		now.stk[ Index(((2*0)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*0)+1)]", ((int)now.stk[ Index(((2*0)+1), 4) ]));
#endif
		;
S_850_0: /* 2 */
		now.sz[0] = 1;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_857_0;
S_856_2: /* 3 */
S_851_0: /* 2 */
		if (!(((((int)now.sz[0])==1)&&(((int)now.stk[ Index((2*0), 4) ])==((int)now.tpatch)))))
			goto S_856_3;
S_852_0: /* 2 */
		now.stk[ Index((2*0), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*0)]", ((int)now.stk[ Index((2*0), 4) ]));
#endif
		;
S_853_0: /* 2 */
		now.sz[0] = 0;
#ifdef VAR_RANGES
		logval("sz[0]", ((int)now.sz[0]));
#endif
		;
		goto S_857_0;
S_856_3: /* 3 */
S_854_0: /* 2 */
		/* else */;
S_855_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_857_0;
S_856_4: /* 3 */
		Uerror("blocking sel in d_step (nr.77, near line 164)");
S_857_0: /* 2 */
		goto S_862_0;
S_861_1: /* 3 */
S_859_0: /* 2 */
		/* else */;
S_860_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_862_0;
S_861_2: /* 3 */
		Uerror("blocking sel in d_step (nr.78, near line 275)");
S_862_0: /* 2 */
		goto S_915_0;
S_915_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 161: // STATE 535 - transition.pml:266 - [D_STEP266]
		if (!(((boq == -1 && ((int)now.chg[1]))) || (boq == -1 /* else */)))
			continue;

		reached[1][535] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_891_0: /* 2 */
S_865_0: /* 2 */
		if (!(((int)now.chg[1])))
			goto S_891_1;
S_884_0: /* 2 */
S_866_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_884_1;
S_881_0: /* 2 */
S_879_0: /* 2 */
S_867_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index(((2*1)+1), 4) ])==((int)now.tpatch)))))
			goto S_879_1;
S_868_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_869_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_880_0;
S_879_1: /* 3 */
S_870_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_879_2;
S_871_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = ((int)now.stk[ Index(((2*1)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_872_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_873_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_880_0;
S_879_2: /* 3 */
S_874_0: /* 2 */
		if (!(((((int)now.sz[1])==1)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_879_3;
S_875_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_876_0: /* 2 */
		now.sz[1] = 0;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_880_0;
S_879_3: /* 3 */
S_877_0: /* 2 */
		/* else */;
S_878_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_880_0;
S_879_4: /* 3 */
		Uerror("blocking sel in d_step (nr.79, near line 164)");
S_880_0: /* 2 */
		goto S_885_0;
S_884_1: /* 3 */
S_882_0: /* 2 */
		/* else */;
S_883_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_885_0;
S_884_2: /* 3 */
		Uerror("blocking sel in d_step (nr.80, near line 269)");
S_885_0: /* 2 */
S_886_0: /* 2 */
		now.intr[1] = 0;
#ifdef VAR_RANGES
		logval("intr[1]", ((int)now.intr[1]));
#endif
		;
S_887_0: /* 2 */
		now.settled[1] = ( ((((int)now.wtgt)==1)) ? (1) : (0) );
#ifdef VAR_RANGES
		logval("settled[1]", ((int)now.settled[1]));
#endif
		;
S_888_0: /* 2 */
		now.chg[1] = 0;
#ifdef VAR_RANGES
		logval("chg[1]", ((int)now.chg[1]));
#endif
		;
		goto S_892_0;
S_891_1: /* 3 */
S_889_0: /* 2 */
		/* else */;
S_890_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_892_0;
S_891_2: /* 3 */
		Uerror("blocking sel in d_step (nr.81, near line 267)");
S_892_0: /* 2 */
		goto S_914_0;
S_914_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 162: // STATE 556 - transition.pml:274 - [D_STEP274]
		if (!(((boq == -1 && ((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(1==1))))) || (boq == -1 /* else */)))
			continue;

		reached[1][556] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_912_0: /* 2 */
S_894_0: /* 2 */
		if (!(((((int)now.wtgt)==0)&&((((int)now.tpatch)==1)||(1==1)))))
			goto S_912_1;
S_909_0: /* 2 */
S_907_0: /* 2 */
S_895_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index(((2*1)+1), 4) ])==((int)now.tpatch)))))
			goto S_907_1;
S_896_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_897_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_908_0;
S_907_1: /* 3 */
S_898_0: /* 2 */
		if (!(((((int)now.sz[1])==2)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_907_2;
S_899_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = ((int)now.stk[ Index(((2*1)+1), 4) ]);
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_900_0: /* 2 */
		now.stk[ Index(((2*1)+1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[((2*1)+1)]", ((int)now.stk[ Index(((2*1)+1), 4) ]));
#endif
		;
S_901_0: /* 2 */
		now.sz[1] = 1;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_908_0;
S_907_2: /* 3 */
S_902_0: /* 2 */
		if (!(((((int)now.sz[1])==1)&&(((int)now.stk[ Index((2*1), 4) ])==((int)now.tpatch)))))
			goto S_907_3;
S_903_0: /* 2 */
		now.stk[ Index((2*1), 4) ] = 0;
#ifdef VAR_RANGES
		logval("stk[(2*1)]", ((int)now.stk[ Index((2*1), 4) ]));
#endif
		;
S_904_0: /* 2 */
		now.sz[1] = 0;
#ifdef VAR_RANGES
		logval("sz[1]", ((int)now.sz[1]));
#endif
		;
		goto S_908_0;
S_907_3: /* 3 */
S_905_0: /* 2 */
		/* else */;
S_906_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_908_0;
S_907_4: /* 3 */
		Uerror("blocking sel in d_step (nr.82, near line 164)");
S_908_0: /* 2 */
		goto S_913_0;
S_912_1: /* 3 */
S_910_0: /* 2 */
		/* else */;
S_911_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_913_0;
S_912_2: /* 3 */
		Uerror("blocking sel in d_step (nr.83, near line 275)");
S_913_0: /* 2 */
		goto S_916_0;
S_916_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 163: // STATE 558 - transition.pml:286 - [assert((!(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1]))))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][558] = 1;
		spin_assert(( !(((int)now.reversed))||((((((((int)now.stk[0])==((int)now.snap[0]))&&(((int)now.stk[1])==((int)now.snap[1])))&&(((int)now.stk[2])==((int)now.snap[2])))&&(((int)now.stk[3])==((int)now.snap[3])))&&(((int)now.sz[0])==((int)now.snapsz[0])))&&(((int)now.sz[1])==((int)now.snapsz[1])))), "( !(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1])))", II, tt, t);
		_m = 3; goto P999; /* 0 */
	case 164: // STATE 609 - transition.pml:287 - [D_STEP287]
		if (!(((boq == -1 &&  !(((int)now.tforced)))) || (boq == -1 /* else */)))
			continue;

		reached[1][609] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_945_0: /* 2 */
S_917_0: /* 2 */
		if (!( !(((int)now.tforced))))
			goto S_945_1;
S_942_0: /* 2 */
S_929_0: /* 2 */
S_927_0: /* 2 */
S_918_0: /* 2 */
		if (!((((int)now.treqCur[0])&& !(((int)now.intr[0])))))
			goto S_927_1;
S_923_0: /* 2 */
S_919_0: /* 2 */
		if (!((((int)now.settled[0])==1)))
			goto S_923_1;
S_920_0: /* 2 */
		now.tsBelow[0] = 7;
#ifdef VAR_RANGES
		logval("tsBelow[0]", ((int)now.tsBelow[0]));
#endif
		;
		goto S_924_0;
S_923_1: /* 3 */
S_921_0: /* 2 */
		/* else */;
S_922_0: /* 2 */
		now.tsTop[0] = 7;
#ifdef VAR_RANGES
		logval("tsTop[0]", ((int)now.tsTop[0]));
#endif
		;
		goto S_924_0;
S_923_2: /* 3 */
		Uerror("blocking sel in d_step (nr.84, near line 254)");
S_924_0: /* 2 */
		goto S_928_0;
S_927_1: /* 3 */
S_925_0: /* 2 */
		/* else */;
S_926_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_928_0;
S_927_2: /* 3 */
		Uerror("blocking sel in d_step (nr.85, near line 253)");
S_928_0: /* 2 */
		goto S_941_0;
S_941_0: /* 2 */
S_939_0: /* 2 */
S_930_0: /* 2 */
		if (!((((int)now.treqCur[1])&& !(((int)now.intr[1])))))
			goto S_939_1;
S_935_0: /* 2 */
S_931_0: /* 2 */
		if (!((((int)now.settled[1])==1)))
			goto S_935_1;
S_932_0: /* 2 */
		now.tsBelow[1] = 7;
#ifdef VAR_RANGES
		logval("tsBelow[1]", ((int)now.tsBelow[1]));
#endif
		;
		goto S_936_0;
S_935_1: /* 3 */
S_933_0: /* 2 */
		/* else */;
S_934_0: /* 2 */
		now.tsTop[1] = 7;
#ifdef VAR_RANGES
		logval("tsTop[1]", ((int)now.tsTop[1]));
#endif
		;
		goto S_936_0;
S_935_2: /* 3 */
		Uerror("blocking sel in d_step (nr.86, near line 254)");
S_936_0: /* 2 */
		goto S_940_0;
S_939_1: /* 3 */
S_937_0: /* 2 */
		/* else */;
S_938_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_940_0;
S_939_2: /* 3 */
		Uerror("blocking sel in d_step (nr.87, near line 253)");
S_940_0: /* 2 */
		goto S_946_0;
S_945_1: /* 3 */
S_943_0: /* 2 */
		/* else */;
S_944_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_946_0;
S_945_2: /* 3 */
		Uerror("blocking sel in d_step (nr.88, near line 288)");
S_946_0: /* 2 */
S_951_0: /* 2 */
S_947_0: /* 2 */
		if (!((((int)now.wtgt)==0)))
			goto S_951_1;
S_948_0: /* 2 */
		now.pu[ Index(now.tpatch, 3) ] = 1;
#ifdef VAR_RANGES
		logval("pu[tpatch]", ((int)now.pu[ Index(((int)now.tpatch), 3) ]));
#endif
		;
		goto S_952_0;
S_951_1: /* 3 */
S_949_0: /* 2 */
		/* else */;
S_950_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_952_0;
S_951_2: /* 3 */
		Uerror("blocking sel in d_step (nr.89, near line 289)");
S_952_0: /* 2 */
S_953_0: /* 2 */
		now.selfCheck = 0;
#ifdef VAR_RANGES
		logval("selfCheck", ((int)now.selfCheck));
#endif
		;
S_954_0: /* 2 */
		now.pend[ Index(now.tpatch, 3) ] = 0;
#ifdef VAR_RANGES
		logval("pend[tpatch]", ((int)now.pend[ Index(((int)now.tpatch), 3) ]));
#endif
		;
S_955_0: /* 2 */
		now.tpatch = 0;
#ifdef VAR_RANGES
		logval("tpatch", ((int)now.tpatch));
#endif
		;
S_956_0: /* 2 */
		now.synced = 0;
#ifdef VAR_RANGES
		logval("synced", ((int)now.synced));
#endif
		;
S_957_0: /* 2 */
		now.tforced = 0;
#ifdef VAR_RANGES
		logval("tforced", ((int)now.tforced));
#endif
		;
S_958_0: /* 2 */
		now.completing = 0;
#ifdef VAR_RANGES
		logval("completing", ((int)now.completing));
#endif
		;
S_959_0: /* 2 */
		now.snap[0] = 0;
#ifdef VAR_RANGES
		logval("snap[0]", ((int)now.snap[0]));
#endif
		;
S_960_0: /* 2 */
		now.snap[1] = 0;
#ifdef VAR_RANGES
		logval("snap[1]", ((int)now.snap[1]));
#endif
		;
S_961_0: /* 2 */
		now.snap[2] = 0;
#ifdef VAR_RANGES
		logval("snap[2]", ((int)now.snap[2]));
#endif
		;
S_962_0: /* 2 */
		now.snap[3] = 0;
#ifdef VAR_RANGES
		logval("snap[3]", ((int)now.snap[3]));
#endif
		;
S_963_0: /* 2 */
		now.snapsz[0] = 0;
#ifdef VAR_RANGES
		logval("snapsz[0]", ((int)now.snapsz[0]));
#endif
		;
S_964_0: /* 2 */
		now.snapsz[1] = 0;
#ifdef VAR_RANGES
		logval("snapsz[1]", ((int)now.snapsz[1]));
#endif
		;
S_965_0: /* 2 */
		now.rounds = 0;
#ifdef VAR_RANGES
		logval("rounds", ((int)now.rounds));
#endif
		;
S_966_0: /* 2 */
		now.reversed = 0;
#ifdef VAR_RANGES
		logval("reversed", ((int)now.reversed));
#endif
		;
		goto S_972_0;
S_972_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 165: // STATE 619 - transition.pml:519 - [D_STEP519]
		IfNotBlocked

		reached[1][619] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;


		reached[1][619] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		sv_save();
		S_974_0: /* 2 */
S_973_0: /* 2 */
		now.lock = 0;
#ifdef VAR_RANGES
		logval("lock", ((int)now.lock));
#endif
		;
		goto S_975_0;
S_975_0: /* 2 */
		((P1 *)_this)->g = 0;
#ifdef VAR_RANGES
		logval("Driver:g", ((int)((P1 *)_this)->g));
#endif
		;
S_976_0: /* 2 */
		((P1 *)_this)->ok = 0;
#ifdef VAR_RANGES
		logval("Driver:ok", ((int)((P1 *)_this)->ok));
#endif
		;
		goto S_982_0;
S_982_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 166: // STATE 620 - transition.pml:520 - [(((opsRunning==0)&&(tpatch==0)))] (626:0:0 - 1)
		IfNotBlocked
		reached[1][620] = 1;
		if (!(((((int)now.opsRunning)==0)&&(((int)now.tpatch)==0))))
			continue;
		/* merge: goto :b3(0, 621, 626) */
		reached[1][621] = 1;
		;
		_m = 3; goto P999; /* 1 */
	case 167: // STATE 626 - transition.pml:522 - [-end-] (0:0:0 - 2)
		IfNotBlocked
		reached[1][626] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* PROC Thread */
	case 168: // STATE 1 - transition.pml:461 - [((n<( ((i==0)) -> (2) : (1) )))] (0:0:0 - 1)
		IfNotBlocked
		reached[0][1] = 1;
		if (!((((int)((P0 *)_this)->n)<( ((((int)((P0 *)_this)->i)==0)) ? (2) : (1) ))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 169: // STATE 2 - transition.pml:404 - [(!(bound[0]))] (0:0:0 - 1)
		IfNotBlocked
		reached[0][2] = 1;
		if (!( !(((int)now.bound[0]))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 170: // STATE 3 - transition.pml:406 - [fo[i] = 1] (0:91:2 - 1)
		IfNotBlocked
		reached[0][3] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.fo[ Index(((P0 *)_this)->i, 2) ] = 1;
#ifdef VAR_RANGES
		logval("fo[Thread:i]", ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: bound[0] = 1(91, 4, 91) */
		reached[0][4] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.bound[0]);
		now.bound[0] = 1;
#ifdef VAR_RANGES
		logval("bound[0]", ((int)now.bound[0]));
#endif
		;
		/* merge: .(goto)(0, 9, 91) */
		reached[0][9] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 171: // STATE 10 - transition.pml:416 - [((e==2))] (0:0:1 - 1)
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
	case 172: // STATE 11 - transition.pml:416 - [e = 0] (0:341:3 - 1)
		IfNotBlocked
		reached[0][11] = 1;
		(trpt+1)->bup.ovals = grab_ints(3);
		(trpt+1)->bup.ovals[0] = ((int)((P0 *)_this)->e);
		((P0 *)_this)->e = 0;
#ifdef VAR_RANGES
		logval("Thread:e", ((int)((P0 *)_this)->e));
#endif
		;
		/* merge: vo = 0(341, 12, 341) */
		reached[0][12] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P0 *)_this)->vo);
		((P0 *)_this)->vo = 0;
#ifdef VAR_RANGES
		logval("Thread:vo", ((int)((P0 *)_this)->vo));
#endif
		;
		/* merge: mode = 0(341, 13, 341) */
		reached[0][13] = 1;
		(trpt+1)->bup.ovals[2] = ((int)((P0 *)_this)->mode);
		((P0 *)_this)->mode = 0;
#ifdef VAR_RANGES
		logval("Thread:mode", ((int)((P0 *)_this)->mode));
#endif
		;
		/* merge: .(goto)(0, 92, 341) */
		reached[0][92] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 173: // STATE 16 - transition.pml:419 - [fo[i] = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[0][16] = 1;
		(trpt+1)->bup.oval = ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.fo[ Index(((P0 *)_this)->i, 2) ] = 1;
#ifdef VAR_RANGES
		logval("fo[Thread:i]", ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 174: // STATE 17 - transition.pml:421 - [((sz[0]==0))] (89:0:2 - 1)
		IfNotBlocked
		reached[0][17] = 1;
		if (!((((int)now.sz[0])==0)))
			continue;
		/* merge: mode = 0(89, 18, 89) */
		reached[0][18] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P0 *)_this)->mode);
		((P0 *)_this)->mode = 0;
#ifdef VAR_RANGES
		logval("Thread:mode", ((int)((P0 *)_this)->mode));
#endif
		;
		/* merge: vo = 0(89, 19, 89) */
		reached[0][19] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P0 *)_this)->vo);
		((P0 *)_this)->vo = 0;
#ifdef VAR_RANGES
		logval("Thread:vo", ((int)((P0 *)_this)->vo));
#endif
		;
		/* merge: .(goto)(89, 27, 89) */
		reached[0][27] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 175: // STATE 27 - transition.pml:425 - [.(goto)] (0:89:0 - 3)
		IfNotBlocked
		reached[0][27] = 1;
		;
		_m = 3; goto P999; /* 0 */
	case 176: // STATE 20 - transition.pml:422 - [(((sz[0]>0)&&intr[0]))] (89:0:1 - 1)
		IfNotBlocked
		reached[0][20] = 1;
		if (!(((((int)now.sz[0])>0)&&((int)now.intr[0]))))
			continue;
		/* merge: mode = 2(89, 21, 89) */
		reached[0][21] = 1;
		(trpt+1)->bup.oval = ((int)((P0 *)_this)->mode);
		((P0 *)_this)->mode = 2;
#ifdef VAR_RANGES
		logval("Thread:mode", ((int)((P0 *)_this)->mode));
#endif
		;
		/* merge: .(goto)(89, 27, 89) */
		reached[0][27] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 177: // STATE 22 - transition.pml:423 - [(((sz[0]>0)&&!(intr[0])))] (89:0:2 - 1)
		IfNotBlocked
		reached[0][22] = 1;
		if (!(((((int)now.sz[0])>0)&& !(((int)now.intr[0])))))
			continue;
		/* merge: mode = 1(89, 23, 89) */
		reached[0][23] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P0 *)_this)->mode);
		((P0 *)_this)->mode = 1;
#ifdef VAR_RANGES
		logval("Thread:mode", ((int)((P0 *)_this)->mode));
#endif
		;
		/* merge: vo = stk[(((2*0)+sz[0])-1)](89, 24, 89) */
		reached[0][24] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P0 *)_this)->vo);
		((P0 *)_this)->vo = ((int)now.stk[ Index((((2*0)+((int)now.sz[0]))-1), 4) ]);
#ifdef VAR_RANGES
		logval("Thread:vo", ((int)((P0 *)_this)->vo));
#endif
		;
		/* merge: assert((exempt[i]||((vo!=7)&&((vo==0)||(!(freed[vo])&&((!(pu[vo])||on[vo])||(tpatch==vo)))))))(89, 25, 89) */
		reached[0][25] = 1;
		spin_assert((((int)now.exempt[ Index(((int)((P0 *)_this)->i), 2) ])||((((int)((P0 *)_this)->vo)!=7)&&((((int)((P0 *)_this)->vo)==0)||( !(((int)now.freed[ Index(((int)((P0 *)_this)->vo), 3) ]))&&(( !(((int)now.pu[ Index(((int)((P0 *)_this)->vo), 3) ]))||((int)now.on[ Index(((int)((P0 *)_this)->vo), 3) ]))||(((int)now.tpatch)==((int)((P0 *)_this)->vo))))))), "(exempt[i]||((vo!=7)&&((vo==0)||( !(freed[vo])&&(( !(pu[vo])||on[vo])||(tpatch==vo))))))", II, tt, t);
		/* merge: .(goto)(89, 27, 89) */
		reached[0][27] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 178: // STATE 29 - transition.pml:427 - [((mode==2))] (0:0:1 - 1)
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
	case 179: // STATE 30 - transition.pml:429 - [((depth[i]==0))] (85:0:4 - 1)
		IfNotBlocked
		reached[0][30] = 1;
		if (!((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])==0)))
			continue;
		/* merge: latCur[i] = 0(85, 31, 85) */
		reached[0][31] = 1;
		(trpt+1)->bup.ovals = grab_ints(4);
		(trpt+1)->bup.ovals[0] = ((int)now.latCur[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.latCur[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("latCur[Thread:i]", ((int)now.latCur[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: ann[i] = 1(85, 32, 85) */
		reached[0][32] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.ann[ Index(((P0 *)_this)->i, 2) ] = 1;
#ifdef VAR_RANGES
		logval("ann[Thread:i]", ((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(85, 36, 85) */
		reached[0][36] = 1;
		;
		/* merge: depth[i] = (depth[i]+1)(85, 37, 85) */
		reached[0][37] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = (((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])+1);
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: so = 1(85, 38, 85) */
		reached[0][38] = 1;
		(trpt+1)->bup.ovals[3] = ((int)((P0 *)_this)->so);
		((P0 *)_this)->so = 1;
#ifdef VAR_RANGES
		logval("Thread:so", ((int)((P0 *)_this)->so));
#endif
		;
		_m = 3; goto P999; /* 5 */
	case 180: // STATE 34 - transition.pml:429 - [(1)] (85:0:2 - 1)
		IfNotBlocked
		reached[0][34] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(85, 36, 85) */
		reached[0][36] = 1;
		;
		/* merge: depth[i] = (depth[i]+1)(85, 37, 85) */
		reached[0][37] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = (((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])+1);
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: so = 1(85, 38, 85) */
		reached[0][38] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P0 *)_this)->so);
		((P0 *)_this)->so = 1;
#ifdef VAR_RANGES
		logval("Thread:so", ((int)((P0 *)_this)->so));
#endif
		;
		_m = 3; goto P999; /* 3 */
	case 181: // STATE 37 - transition.pml:430 - [depth[i] = (depth[i]+1)] (0:85:2 - 3)
		IfNotBlocked
		reached[0][37] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = (((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])+1);
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: so = 1(85, 38, 85) */
		reached[0][38] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P0 *)_this)->so);
		((P0 *)_this)->so = 1;
#ifdef VAR_RANGES
		logval("Thread:so", ((int)((P0 *)_this)->so));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 182: // STATE 40 - transition.pml:351 - [(!(latCur[i]))] (51:0:2 - 1)
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
	case 183: // STATE 47 - transition.pml:355 - [(!(treqCur[0]))] (84:0:2 - 1)
		IfNotBlocked
		reached[0][47] = 1;
		if (!( !(((int)now.treqCur[0]))))
			continue;
		/* merge: c = settled[0](84, 48, 84) */
		reached[0][48] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P0 *)_this)->c);
		((P0 *)_this)->c = ((int)now.settled[0]);
#ifdef VAR_RANGES
		logval("Thread:c", ((int)((P0 *)_this)->c));
#endif
		;
		/* merge: .(goto)(84, 52, 84) */
		reached[0][52] = 1;
		;
		/* merge: rr[i] = tver[0](84, 53, 84) */
		reached[0][53] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.rr[ Index(((P0 *)_this)->i, 2) ] = ((int)now.tver[0]);
#ifdef VAR_RANGES
		logval("rr[Thread:i]", ((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 3 */
	case 184: // STATE 52 - transition.pml:358 - [.(goto)] (0:84:1 - 2)
		IfNotBlocked
		reached[0][52] = 1;
		;
		/* merge: rr[i] = tver[0](84, 53, 84) */
		reached[0][53] = 1;
		(trpt+1)->bup.oval = ((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.rr[ Index(((P0 *)_this)->i, 2) ] = ((int)now.tver[0]);
#ifdef VAR_RANGES
		logval("rr[Thread:i]", ((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 185: // STATE 50 - transition.pml:356 - [c = lat[i]] (0:84:2 - 1)
		IfNotBlocked
		reached[0][50] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P0 *)_this)->c);
		((P0 *)_this)->c = ((int)now.lat[ Index(((int)((P0 *)_this)->i), 2) ]);
#ifdef VAR_RANGES
		logval("Thread:c", ((int)((P0 *)_this)->c));
#endif
		;
		/* merge: .(goto)(84, 52, 84) */
		reached[0][52] = 1;
		;
		/* merge: rr[i] = tver[0](84, 53, 84) */
		reached[0][53] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.rr[ Index(((P0 *)_this)->i, 2) ] = ((int)now.tver[0]);
#ifdef VAR_RANGES
		logval("rr[Thread:i]", ((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 2 */
	case 186: // STATE 56 - transition.pml:366 - [vo = ( ((c==1)) -> (tsTop[0]) : (tsBelow[0]) )] (0:0:1 - 1)
		IfNotBlocked
		reached[0][56] = 1;
		(trpt+1)->bup.oval = ((int)((P0 *)_this)->vo);
		((P0 *)_this)->vo = ( ((((int)((P0 *)_this)->c)==1)) ? (((int)now.tsTop[0])) : (((int)now.tsBelow[0])) );
#ifdef VAR_RANGES
		logval("Thread:vo", ((int)((P0 *)_this)->vo));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 187: // STATE 57 - transition.pml:369 - [((tver[0]!=rr[i]))] (0:0:0 - 1)
		IfNotBlocked
		reached[0][57] = 1;
		if (!((((int)now.tver[0])!=((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 188: // STATE 58 - transition.pml:351 - [(!(latCur[i]))] (69:0:2 - 1)
		IfNotBlocked
		reached[0][58] = 1;
		if (!( !(((int)now.latCur[ Index(((int)((P0 *)_this)->i), 2) ]))))
			continue;
		/* merge: lat[i] = ( (wall) -> (wtgt) : (( (pstCur[i]) -> (pst[i]) : (wbase) )) )(69, 59, 69) */
		reached[0][59] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.lat[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.lat[ Index(((P0 *)_this)->i, 2) ] = ( (((int)now.wall)) ? (((int)now.wtgt)) : (( (((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ])) ? (((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ])) : (((int)now.wbase)) )) );
#ifdef VAR_RANGES
		logval("lat[Thread:i]", ((int)now.lat[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: latCur[i] = 1(69, 60, 69) */
		reached[0][60] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.latCur[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.latCur[ Index(((P0 *)_this)->i, 2) ] = 1;
#ifdef VAR_RANGES
		logval("latCur[Thread:i]", ((int)now.latCur[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(0, 64, 69) */
		reached[0][64] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 189: // STATE 65 - transition.pml:355 - [(!(treqCur[0]))] (81:0:2 - 1)
		IfNotBlocked
		reached[0][65] = 1;
		if (!( !(((int)now.treqCur[0]))))
			continue;
		/* merge: c = settled[0](81, 66, 81) */
		reached[0][66] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P0 *)_this)->c);
		((P0 *)_this)->c = ((int)now.settled[0]);
#ifdef VAR_RANGES
		logval("Thread:c", ((int)((P0 *)_this)->c));
#endif
		;
		/* merge: .(goto)(81, 70, 81) */
		reached[0][70] = 1;
		;
		/* merge: rr[i] = tver[0](81, 71, 81) */
		reached[0][71] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.rr[ Index(((P0 *)_this)->i, 2) ] = ((int)now.tver[0]);
#ifdef VAR_RANGES
		logval("rr[Thread:i]", ((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(81, 79, 81) */
		reached[0][79] = 1;
		;
		/* merge: .(goto)(0, 82, 81) */
		reached[0][82] = 1;
		;
		_m = 3; goto P999; /* 5 */
	case 190: // STATE 68 - transition.pml:356 - [c = lat[i]] (0:81:2 - 1)
		IfNotBlocked
		reached[0][68] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P0 *)_this)->c);
		((P0 *)_this)->c = ((int)now.lat[ Index(((int)((P0 *)_this)->i), 2) ]);
#ifdef VAR_RANGES
		logval("Thread:c", ((int)((P0 *)_this)->c));
#endif
		;
		/* merge: .(goto)(81, 70, 81) */
		reached[0][70] = 1;
		;
		/* merge: rr[i] = tver[0](81, 71, 81) */
		reached[0][71] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.rr[ Index(((P0 *)_this)->i, 2) ] = ((int)now.tver[0]);
#ifdef VAR_RANGES
		logval("rr[Thread:i]", ((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(81, 79, 81) */
		reached[0][79] = 1;
		;
		/* merge: .(goto)(0, 82, 81) */
		reached[0][82] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 191: // STATE 71 - transition.pml:358 - [rr[i] = tver[0]] (0:81:1 - 3)
		IfNotBlocked
		reached[0][71] = 1;
		(trpt+1)->bup.oval = ((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.rr[ Index(((P0 *)_this)->i, 2) ] = ((int)now.tver[0]);
#ifdef VAR_RANGES
		logval("rr[Thread:i]", ((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(81, 79, 81) */
		reached[0][79] = 1;
		;
		/* merge: .(goto)(0, 82, 81) */
		reached[0][82] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 192: // STATE 74 - transition.pml:371 - [assert((exempt[i]||((vo!=7)&&((vo==0)||(!(freed[vo])&&((!(pu[vo])||on[vo])||(tpatch==vo)))))))] (0:83:2 - 1)
		IfNotBlocked
		reached[0][74] = 1;
		spin_assert((((int)now.exempt[ Index(((int)((P0 *)_this)->i), 2) ])||((((int)((P0 *)_this)->vo)!=7)&&((((int)((P0 *)_this)->vo)==0)||( !(((int)now.freed[ Index(((int)((P0 *)_this)->vo), 3) ]))&&(( !(((int)now.pu[ Index(((int)((P0 *)_this)->vo), 3) ]))||((int)now.on[ Index(((int)((P0 *)_this)->vo), 3) ]))||(((int)now.tpatch)==((int)((P0 *)_this)->vo))))))), "(exempt[i]||((vo!=7)&&((vo==0)||( !(freed[vo])&&(( !(pu[vo])||on[vo])||(tpatch==vo))))))", II, tt, t);
		/* merge: rr[i] = 0(83, 75, 83) */
		reached[0][75] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.rr[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("rr[Thread:i]", ((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: c = 0(83, 76, 83) */
		reached[0][76] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P0 *)_this)->c);
		((P0 *)_this)->c = 0;
#ifdef VAR_RANGES
		logval("Thread:c", ((int)((P0 *)_this)->c));
#endif
		;
		/* merge: goto :b1(83, 77, 83) */
		reached[0][77] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 193: // STATE 94 - transition.pml:464 - [(e)] (0:0:1 - 1)
		IfNotBlocked
		reached[0][94] = 1;
		if (!(((int)((P0 *)_this)->e)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: e */  (trpt+1)->bup.oval = ((P0 *)_this)->e;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P0 *)_this)->e = 0;
		_m = 3; goto P999; /* 0 */
	case 194: // STATE 95 - transition.pml:446 - [(so)] (0:0:1 - 1)
		IfNotBlocked
		reached[0][95] = 1;
		if (!(((int)((P0 *)_this)->so)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: so */  (trpt+1)->bup.oval = ((P0 *)_this)->so;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P0 *)_this)->so = 0;
		_m = 3; goto P999; /* 0 */
	case 195: // STATE 96 - transition.pml:381 - [fo[i] = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[0][96] = 1;
		(trpt+1)->bup.oval = ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.fo[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("fo[Thread:i]", ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 196: // STATE 97 - transition.pml:383 - [((depth[i]>1))] (118:0:1 - 1)
		IfNotBlocked
		reached[0][97] = 1;
		if (!((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])>1)))
			continue;
		/* merge: depth[i] = (depth[i]-1)(118, 98, 118) */
		reached[0][98] = 1;
		(trpt+1)->bup.oval = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = (((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])-1);
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(118, 103, 118) */
		reached[0][103] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 197: // STATE 103 - transition.pml:386 - [.(goto)] (0:118:0 - 2)
		IfNotBlocked
		reached[0][103] = 1;
		;
		_m = 3; goto P999; /* 0 */
	case 198: // STATE 99 - transition.pml:384 - [((depth[i]==1))] (118:0:2 - 1)
		IfNotBlocked
		reached[0][99] = 1;
		if (!((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])==1)))
			continue;
		/* merge: depth[i] = 0(118, 100, 118) */
		reached[0][100] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: ann[i] = 0(118, 101, 118) */
		reached[0][101] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.ann[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("ann[Thread:i]", ((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(118, 103, 118) */
		reached[0][103] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 199: // STATE 105 - transition.pml:389 - [(((depth[i]==0)&&chk[i]))] (112:0:1 - 1)
		IfNotBlocked
		reached[0][105] = 1;
		if (!(((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])==0)&&((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]))))
			continue;
		/* merge: chk[i] = 0(0, 106, 112) */
		reached[0][106] = 1;
		(trpt+1)->bup.oval = ((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.chk[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("chk[Thread:i]", ((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 200: // STATE 107 - transition.pml:392 - [((((selfCheck&&!(wall))&&(( (pstCur[i]) -> (pst[i]) : (wbase) )!=wtgt))&&!((fo[i]&&chg[0]))))] (351:0:2 - 1)
		IfNotBlocked
		reached[0][107] = 1;
		if (!((((((int)now.selfCheck)&& !(((int)now.wall)))&&(( (((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ])) ? (((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ])) : (((int)now.wbase)) )!=((int)now.wtgt)))&& !((((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ])&&((int)now.chg[0]))))))
			continue;
		/* merge: pstCur[i] = 1(351, 108, 351) */
		reached[0][108] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.pstCur[ Index(((P0 *)_this)->i, 2) ] = 1;
#ifdef VAR_RANGES
		logval("pstCur[Thread:i]", ((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: pst[i] = wtgt(351, 109, 351) */
		reached[0][109] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.pst[ Index(((P0 *)_this)->i, 2) ] = ((int)now.wtgt);
#ifdef VAR_RANGES
		logval("pst[Thread:i]", ((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(351, 113, 351) */
		reached[0][113] = 1;
		;
		/* merge: .(goto)(351, 117, 351) */
		reached[0][117] = 1;
		;
		/* merge: .(goto)(0, 123, 351) */
		reached[0][123] = 1;
		;
		/* merge: .(goto)(0, 342, 351) */
		reached[0][342] = 1;
		;
		_m = 3; goto P999; /* 6 */
	case 201: // STATE 113 - transition.pml:395 - [.(goto)] (0:351:0 - 2)
		IfNotBlocked
		reached[0][113] = 1;
		;
		/* merge: .(goto)(351, 117, 351) */
		reached[0][117] = 1;
		;
		/* merge: .(goto)(0, 123, 351) */
		reached[0][123] = 1;
		;
		/* merge: .(goto)(0, 342, 351) */
		reached[0][342] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 202: // STATE 111 - transition.pml:393 - [(1)] (351:0:0 - 1)
		IfNotBlocked
		reached[0][111] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(351, 113, 351) */
		reached[0][113] = 1;
		;
		/* merge: .(goto)(351, 117, 351) */
		reached[0][117] = 1;
		;
		/* merge: .(goto)(0, 123, 351) */
		reached[0][123] = 1;
		;
		/* merge: .(goto)(0, 342, 351) */
		reached[0][342] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 203: // STATE 117 - transition.pml:397 - [.(goto)] (0:351:0 - 2)
		IfNotBlocked
		reached[0][117] = 1;
		;
		/* merge: .(goto)(0, 123, 351) */
		reached[0][123] = 1;
		;
		/* merge: .(goto)(0, 342, 351) */
		reached[0][342] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 204: // STATE 115 - transition.pml:395 - [(1)] (351:0:0 - 1)
		IfNotBlocked
		reached[0][115] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(351, 117, 351) */
		reached[0][117] = 1;
		;
		/* merge: .(goto)(0, 123, 351) */
		reached[0][123] = 1;
		;
		/* merge: .(goto)(0, 342, 351) */
		reached[0][342] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 205: // STATE 121 - transition.pml:452 - [fo[i] = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[0][121] = 1;
		(trpt+1)->bup.oval = ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.fo[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("fo[Thread:i]", ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 206: // STATE 126 - transition.pml:404 - [(!(bound[1]))] (0:0:0 - 1)
		IfNotBlocked
		reached[0][126] = 1;
		if (!( !(((int)now.bound[1]))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 207: // STATE 127 - transition.pml:406 - [fin[i] = 1] (0:215:2 - 1)
		IfNotBlocked
		reached[0][127] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.fin[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.fin[ Index(((P0 *)_this)->i, 2) ] = 1;
#ifdef VAR_RANGES
		logval("fin[Thread:i]", ((int)now.fin[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: bound[1] = 1(215, 128, 215) */
		reached[0][128] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.bound[1]);
		now.bound[1] = 1;
#ifdef VAR_RANGES
		logval("bound[1]", ((int)now.bound[1]));
#endif
		;
		/* merge: .(goto)(0, 133, 215) */
		reached[0][133] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 208: // STATE 134 - transition.pml:416 - [((e==2))] (0:0:1 - 1)
		IfNotBlocked
		reached[0][134] = 1;
		if (!((((int)((P0 *)_this)->e)==2)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: e */  (trpt+1)->bup.oval = ((P0 *)_this)->e;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P0 *)_this)->e = 0;
		_m = 3; goto P999; /* 0 */
	case 209: // STATE 135 - transition.pml:416 - [e = 0] (0:339:3 - 1)
		IfNotBlocked
		reached[0][135] = 1;
		(trpt+1)->bup.ovals = grab_ints(3);
		(trpt+1)->bup.ovals[0] = ((int)((P0 *)_this)->e);
		((P0 *)_this)->e = 0;
#ifdef VAR_RANGES
		logval("Thread:e", ((int)((P0 *)_this)->e));
#endif
		;
		/* merge: vi = 0(339, 136, 339) */
		reached[0][136] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P0 *)_this)->vi);
		((P0 *)_this)->vi = 0;
#ifdef VAR_RANGES
		logval("Thread:vi", ((int)((P0 *)_this)->vi));
#endif
		;
		/* merge: mode = 0(339, 137, 339) */
		reached[0][137] = 1;
		(trpt+1)->bup.ovals[2] = ((int)((P0 *)_this)->mode);
		((P0 *)_this)->mode = 0;
#ifdef VAR_RANGES
		logval("Thread:mode", ((int)((P0 *)_this)->mode));
#endif
		;
		/* merge: .(goto)(0, 216, 339) */
		reached[0][216] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 210: // STATE 140 - transition.pml:419 - [fin[i] = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[0][140] = 1;
		(trpt+1)->bup.oval = ((int)now.fin[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.fin[ Index(((P0 *)_this)->i, 2) ] = 1;
#ifdef VAR_RANGES
		logval("fin[Thread:i]", ((int)now.fin[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 211: // STATE 141 - transition.pml:421 - [((sz[1]==0))] (213:0:2 - 1)
		IfNotBlocked
		reached[0][141] = 1;
		if (!((((int)now.sz[1])==0)))
			continue;
		/* merge: mode = 0(213, 142, 213) */
		reached[0][142] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P0 *)_this)->mode);
		((P0 *)_this)->mode = 0;
#ifdef VAR_RANGES
		logval("Thread:mode", ((int)((P0 *)_this)->mode));
#endif
		;
		/* merge: vi = 0(213, 143, 213) */
		reached[0][143] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P0 *)_this)->vi);
		((P0 *)_this)->vi = 0;
#ifdef VAR_RANGES
		logval("Thread:vi", ((int)((P0 *)_this)->vi));
#endif
		;
		/* merge: .(goto)(213, 151, 213) */
		reached[0][151] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 212: // STATE 151 - transition.pml:425 - [.(goto)] (0:213:0 - 3)
		IfNotBlocked
		reached[0][151] = 1;
		;
		_m = 3; goto P999; /* 0 */
	case 213: // STATE 144 - transition.pml:422 - [(((sz[1]>0)&&intr[1]))] (213:0:1 - 1)
		IfNotBlocked
		reached[0][144] = 1;
		if (!(((((int)now.sz[1])>0)&&((int)now.intr[1]))))
			continue;
		/* merge: mode = 2(213, 145, 213) */
		reached[0][145] = 1;
		(trpt+1)->bup.oval = ((int)((P0 *)_this)->mode);
		((P0 *)_this)->mode = 2;
#ifdef VAR_RANGES
		logval("Thread:mode", ((int)((P0 *)_this)->mode));
#endif
		;
		/* merge: .(goto)(213, 151, 213) */
		reached[0][151] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 214: // STATE 146 - transition.pml:423 - [(((sz[1]>0)&&!(intr[1])))] (213:0:2 - 1)
		IfNotBlocked
		reached[0][146] = 1;
		if (!(((((int)now.sz[1])>0)&& !(((int)now.intr[1])))))
			continue;
		/* merge: mode = 1(213, 147, 213) */
		reached[0][147] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P0 *)_this)->mode);
		((P0 *)_this)->mode = 1;
#ifdef VAR_RANGES
		logval("Thread:mode", ((int)((P0 *)_this)->mode));
#endif
		;
		/* merge: vi = stk[(((2*1)+sz[1])-1)](213, 148, 213) */
		reached[0][148] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P0 *)_this)->vi);
		((P0 *)_this)->vi = ((int)now.stk[ Index((((2*1)+((int)now.sz[1]))-1), 4) ]);
#ifdef VAR_RANGES
		logval("Thread:vi", ((int)((P0 *)_this)->vi));
#endif
		;
		/* merge: assert((exempt[i]||((vi!=7)&&((vi==0)||(!(freed[vi])&&((!(pu[vi])||on[vi])||(tpatch==vi)))))))(213, 149, 213) */
		reached[0][149] = 1;
		spin_assert((((int)now.exempt[ Index(((int)((P0 *)_this)->i), 2) ])||((((int)((P0 *)_this)->vi)!=7)&&((((int)((P0 *)_this)->vi)==0)||( !(((int)now.freed[ Index(((int)((P0 *)_this)->vi), 3) ]))&&(( !(((int)now.pu[ Index(((int)((P0 *)_this)->vi), 3) ]))||((int)now.on[ Index(((int)((P0 *)_this)->vi), 3) ]))||(((int)now.tpatch)==((int)((P0 *)_this)->vi))))))), "(exempt[i]||((vi!=7)&&((vi==0)||( !(freed[vi])&&(( !(pu[vi])||on[vi])||(tpatch==vi))))))", II, tt, t);
		/* merge: .(goto)(213, 151, 213) */
		reached[0][151] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 215: // STATE 153 - transition.pml:427 - [((mode==2))] (0:0:1 - 1)
		IfNotBlocked
		reached[0][153] = 1;
		if (!((((int)((P0 *)_this)->mode)==2)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: mode */  (trpt+1)->bup.oval = ((P0 *)_this)->mode;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P0 *)_this)->mode = 0;
		_m = 3; goto P999; /* 0 */
	case 216: // STATE 154 - transition.pml:429 - [((depth[i]==0))] (209:0:4 - 1)
		IfNotBlocked
		reached[0][154] = 1;
		if (!((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])==0)))
			continue;
		/* merge: latCur[i] = 0(209, 155, 209) */
		reached[0][155] = 1;
		(trpt+1)->bup.ovals = grab_ints(4);
		(trpt+1)->bup.ovals[0] = ((int)now.latCur[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.latCur[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("latCur[Thread:i]", ((int)now.latCur[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: ann[i] = 1(209, 156, 209) */
		reached[0][156] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.ann[ Index(((P0 *)_this)->i, 2) ] = 1;
#ifdef VAR_RANGES
		logval("ann[Thread:i]", ((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(209, 160, 209) */
		reached[0][160] = 1;
		;
		/* merge: depth[i] = (depth[i]+1)(209, 161, 209) */
		reached[0][161] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = (((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])+1);
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: si = 1(209, 162, 209) */
		reached[0][162] = 1;
		(trpt+1)->bup.ovals[3] = ((int)((P0 *)_this)->si);
		((P0 *)_this)->si = 1;
#ifdef VAR_RANGES
		logval("Thread:si", ((int)((P0 *)_this)->si));
#endif
		;
		_m = 3; goto P999; /* 5 */
	case 217: // STATE 158 - transition.pml:429 - [(1)] (209:0:2 - 1)
		IfNotBlocked
		reached[0][158] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(209, 160, 209) */
		reached[0][160] = 1;
		;
		/* merge: depth[i] = (depth[i]+1)(209, 161, 209) */
		reached[0][161] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = (((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])+1);
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: si = 1(209, 162, 209) */
		reached[0][162] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P0 *)_this)->si);
		((P0 *)_this)->si = 1;
#ifdef VAR_RANGES
		logval("Thread:si", ((int)((P0 *)_this)->si));
#endif
		;
		_m = 3; goto P999; /* 3 */
	case 218: // STATE 161 - transition.pml:430 - [depth[i] = (depth[i]+1)] (0:209:2 - 3)
		IfNotBlocked
		reached[0][161] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = (((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])+1);
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: si = 1(209, 162, 209) */
		reached[0][162] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P0 *)_this)->si);
		((P0 *)_this)->si = 1;
#ifdef VAR_RANGES
		logval("Thread:si", ((int)((P0 *)_this)->si));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 219: // STATE 164 - transition.pml:351 - [(!(latCur[i]))] (175:0:2 - 1)
		IfNotBlocked
		reached[0][164] = 1;
		if (!( !(((int)now.latCur[ Index(((int)((P0 *)_this)->i), 2) ]))))
			continue;
		/* merge: lat[i] = ( (wall) -> (wtgt) : (( (pstCur[i]) -> (pst[i]) : (wbase) )) )(175, 165, 175) */
		reached[0][165] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.lat[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.lat[ Index(((P0 *)_this)->i, 2) ] = ( (((int)now.wall)) ? (((int)now.wtgt)) : (( (((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ])) ? (((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ])) : (((int)now.wbase)) )) );
#ifdef VAR_RANGES
		logval("lat[Thread:i]", ((int)now.lat[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: latCur[i] = 1(175, 166, 175) */
		reached[0][166] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.latCur[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.latCur[ Index(((P0 *)_this)->i, 2) ] = 1;
#ifdef VAR_RANGES
		logval("latCur[Thread:i]", ((int)now.latCur[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(0, 170, 175) */
		reached[0][170] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 220: // STATE 171 - transition.pml:355 - [(!(treqCur[1]))] (208:0:2 - 1)
		IfNotBlocked
		reached[0][171] = 1;
		if (!( !(((int)now.treqCur[1]))))
			continue;
		/* merge: c = settled[1](208, 172, 208) */
		reached[0][172] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P0 *)_this)->c);
		((P0 *)_this)->c = ((int)now.settled[1]);
#ifdef VAR_RANGES
		logval("Thread:c", ((int)((P0 *)_this)->c));
#endif
		;
		/* merge: .(goto)(208, 176, 208) */
		reached[0][176] = 1;
		;
		/* merge: rr[i] = tver[1](208, 177, 208) */
		reached[0][177] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.rr[ Index(((P0 *)_this)->i, 2) ] = ((int)now.tver[1]);
#ifdef VAR_RANGES
		logval("rr[Thread:i]", ((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 3 */
	case 221: // STATE 176 - transition.pml:358 - [.(goto)] (0:208:1 - 2)
		IfNotBlocked
		reached[0][176] = 1;
		;
		/* merge: rr[i] = tver[1](208, 177, 208) */
		reached[0][177] = 1;
		(trpt+1)->bup.oval = ((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.rr[ Index(((P0 *)_this)->i, 2) ] = ((int)now.tver[1]);
#ifdef VAR_RANGES
		logval("rr[Thread:i]", ((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 222: // STATE 174 - transition.pml:356 - [c = lat[i]] (0:208:2 - 1)
		IfNotBlocked
		reached[0][174] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P0 *)_this)->c);
		((P0 *)_this)->c = ((int)now.lat[ Index(((int)((P0 *)_this)->i), 2) ]);
#ifdef VAR_RANGES
		logval("Thread:c", ((int)((P0 *)_this)->c));
#endif
		;
		/* merge: .(goto)(208, 176, 208) */
		reached[0][176] = 1;
		;
		/* merge: rr[i] = tver[1](208, 177, 208) */
		reached[0][177] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.rr[ Index(((P0 *)_this)->i, 2) ] = ((int)now.tver[1]);
#ifdef VAR_RANGES
		logval("rr[Thread:i]", ((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 2 */
	case 223: // STATE 180 - transition.pml:366 - [vi = ( ((c==1)) -> (tsTop[1]) : (tsBelow[1]) )] (0:0:1 - 1)
		IfNotBlocked
		reached[0][180] = 1;
		(trpt+1)->bup.oval = ((int)((P0 *)_this)->vi);
		((P0 *)_this)->vi = ( ((((int)((P0 *)_this)->c)==1)) ? (((int)now.tsTop[1])) : (((int)now.tsBelow[1])) );
#ifdef VAR_RANGES
		logval("Thread:vi", ((int)((P0 *)_this)->vi));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 224: // STATE 181 - transition.pml:369 - [((tver[1]!=rr[i]))] (0:0:0 - 1)
		IfNotBlocked
		reached[0][181] = 1;
		if (!((((int)now.tver[1])!=((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 225: // STATE 182 - transition.pml:351 - [(!(latCur[i]))] (193:0:2 - 1)
		IfNotBlocked
		reached[0][182] = 1;
		if (!( !(((int)now.latCur[ Index(((int)((P0 *)_this)->i), 2) ]))))
			continue;
		/* merge: lat[i] = ( (wall) -> (wtgt) : (( (pstCur[i]) -> (pst[i]) : (wbase) )) )(193, 183, 193) */
		reached[0][183] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.lat[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.lat[ Index(((P0 *)_this)->i, 2) ] = ( (((int)now.wall)) ? (((int)now.wtgt)) : (( (((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ])) ? (((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ])) : (((int)now.wbase)) )) );
#ifdef VAR_RANGES
		logval("lat[Thread:i]", ((int)now.lat[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: latCur[i] = 1(193, 184, 193) */
		reached[0][184] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.latCur[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.latCur[ Index(((P0 *)_this)->i, 2) ] = 1;
#ifdef VAR_RANGES
		logval("latCur[Thread:i]", ((int)now.latCur[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(0, 188, 193) */
		reached[0][188] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 226: // STATE 189 - transition.pml:355 - [(!(treqCur[1]))] (205:0:2 - 1)
		IfNotBlocked
		reached[0][189] = 1;
		if (!( !(((int)now.treqCur[1]))))
			continue;
		/* merge: c = settled[1](205, 190, 205) */
		reached[0][190] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P0 *)_this)->c);
		((P0 *)_this)->c = ((int)now.settled[1]);
#ifdef VAR_RANGES
		logval("Thread:c", ((int)((P0 *)_this)->c));
#endif
		;
		/* merge: .(goto)(205, 194, 205) */
		reached[0][194] = 1;
		;
		/* merge: rr[i] = tver[1](205, 195, 205) */
		reached[0][195] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.rr[ Index(((P0 *)_this)->i, 2) ] = ((int)now.tver[1]);
#ifdef VAR_RANGES
		logval("rr[Thread:i]", ((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(205, 203, 205) */
		reached[0][203] = 1;
		;
		/* merge: .(goto)(0, 206, 205) */
		reached[0][206] = 1;
		;
		_m = 3; goto P999; /* 5 */
	case 227: // STATE 192 - transition.pml:356 - [c = lat[i]] (0:205:2 - 1)
		IfNotBlocked
		reached[0][192] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P0 *)_this)->c);
		((P0 *)_this)->c = ((int)now.lat[ Index(((int)((P0 *)_this)->i), 2) ]);
#ifdef VAR_RANGES
		logval("Thread:c", ((int)((P0 *)_this)->c));
#endif
		;
		/* merge: .(goto)(205, 194, 205) */
		reached[0][194] = 1;
		;
		/* merge: rr[i] = tver[1](205, 195, 205) */
		reached[0][195] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.rr[ Index(((P0 *)_this)->i, 2) ] = ((int)now.tver[1]);
#ifdef VAR_RANGES
		logval("rr[Thread:i]", ((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(205, 203, 205) */
		reached[0][203] = 1;
		;
		/* merge: .(goto)(0, 206, 205) */
		reached[0][206] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 228: // STATE 195 - transition.pml:358 - [rr[i] = tver[1]] (0:205:1 - 3)
		IfNotBlocked
		reached[0][195] = 1;
		(trpt+1)->bup.oval = ((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.rr[ Index(((P0 *)_this)->i, 2) ] = ((int)now.tver[1]);
#ifdef VAR_RANGES
		logval("rr[Thread:i]", ((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(205, 203, 205) */
		reached[0][203] = 1;
		;
		/* merge: .(goto)(0, 206, 205) */
		reached[0][206] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 229: // STATE 198 - transition.pml:371 - [assert((exempt[i]||((vi!=7)&&((vi==0)||(!(freed[vi])&&((!(pu[vi])||on[vi])||(tpatch==vi)))))))] (0:207:2 - 1)
		IfNotBlocked
		reached[0][198] = 1;
		spin_assert((((int)now.exempt[ Index(((int)((P0 *)_this)->i), 2) ])||((((int)((P0 *)_this)->vi)!=7)&&((((int)((P0 *)_this)->vi)==0)||( !(((int)now.freed[ Index(((int)((P0 *)_this)->vi), 3) ]))&&(( !(((int)now.pu[ Index(((int)((P0 *)_this)->vi), 3) ]))||((int)now.on[ Index(((int)((P0 *)_this)->vi), 3) ]))||(((int)now.tpatch)==((int)((P0 *)_this)->vi))))))), "(exempt[i]||((vi!=7)&&((vi==0)||( !(freed[vi])&&(( !(pu[vi])||on[vi])||(tpatch==vi))))))", II, tt, t);
		/* merge: rr[i] = 0(207, 199, 207) */
		reached[0][199] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.rr[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("rr[Thread:i]", ((int)now.rr[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: c = 0(207, 200, 207) */
		reached[0][200] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P0 *)_this)->c);
		((P0 *)_this)->c = 0;
#ifdef VAR_RANGES
		logval("Thread:c", ((int)((P0 *)_this)->c));
#endif
		;
		/* merge: goto :b2(207, 201, 207) */
		reached[0][201] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 230: // STATE 218 - transition.pml:469 - [(e)] (0:0:1 - 1)
		IfNotBlocked
		reached[0][218] = 1;
		if (!(((int)((P0 *)_this)->e)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: e */  (trpt+1)->bup.oval = ((P0 *)_this)->e;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P0 *)_this)->e = 0;
		_m = 3; goto P999; /* 0 */
	case 231: // STATE 219 - transition.pml:446 - [(si)] (0:0:1 - 1)
		IfNotBlocked
		reached[0][219] = 1;
		if (!(((int)((P0 *)_this)->si)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: si */  (trpt+1)->bup.oval = ((P0 *)_this)->si;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P0 *)_this)->si = 0;
		_m = 3; goto P999; /* 0 */
	case 232: // STATE 220 - transition.pml:381 - [fin[i] = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[0][220] = 1;
		(trpt+1)->bup.oval = ((int)now.fin[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.fin[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("fin[Thread:i]", ((int)now.fin[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 233: // STATE 221 - transition.pml:383 - [((depth[i]>1))] (242:0:1 - 1)
		IfNotBlocked
		reached[0][221] = 1;
		if (!((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])>1)))
			continue;
		/* merge: depth[i] = (depth[i]-1)(242, 222, 242) */
		reached[0][222] = 1;
		(trpt+1)->bup.oval = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = (((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])-1);
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(242, 227, 242) */
		reached[0][227] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 234: // STATE 227 - transition.pml:386 - [.(goto)] (0:242:0 - 2)
		IfNotBlocked
		reached[0][227] = 1;
		;
		_m = 3; goto P999; /* 0 */
	case 235: // STATE 223 - transition.pml:384 - [((depth[i]==1))] (242:0:2 - 1)
		IfNotBlocked
		reached[0][223] = 1;
		if (!((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])==1)))
			continue;
		/* merge: depth[i] = 0(242, 224, 242) */
		reached[0][224] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: ann[i] = 0(242, 225, 242) */
		reached[0][225] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.ann[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("ann[Thread:i]", ((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(242, 227, 242) */
		reached[0][227] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 236: // STATE 229 - transition.pml:389 - [(((depth[i]==0)&&chk[i]))] (236:0:1 - 1)
		IfNotBlocked
		reached[0][229] = 1;
		if (!(((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])==0)&&((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]))))
			continue;
		/* merge: chk[i] = 0(0, 230, 236) */
		reached[0][230] = 1;
		(trpt+1)->bup.oval = ((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.chk[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("chk[Thread:i]", ((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 237: // STATE 231 - transition.pml:392 - [((((selfCheck&&!(wall))&&(( (pstCur[i]) -> (pst[i]) : (wbase) )!=wtgt))&&!((fo[i]&&chg[0]))))] (278:0:2 - 1)
		IfNotBlocked
		reached[0][231] = 1;
		if (!((((((int)now.selfCheck)&& !(((int)now.wall)))&&(( (((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ])) ? (((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ])) : (((int)now.wbase)) )!=((int)now.wtgt)))&& !((((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ])&&((int)now.chg[0]))))))
			continue;
		/* merge: pstCur[i] = 1(278, 232, 278) */
		reached[0][232] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.pstCur[ Index(((P0 *)_this)->i, 2) ] = 1;
#ifdef VAR_RANGES
		logval("pstCur[Thread:i]", ((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: pst[i] = wtgt(278, 233, 278) */
		reached[0][233] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.pst[ Index(((P0 *)_this)->i, 2) ] = ((int)now.wtgt);
#ifdef VAR_RANGES
		logval("pst[Thread:i]", ((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(278, 237, 278) */
		reached[0][237] = 1;
		;
		/* merge: .(goto)(278, 241, 278) */
		reached[0][241] = 1;
		;
		/* merge: .(goto)(0, 247, 278) */
		reached[0][247] = 1;
		;
		_m = 3; goto P999; /* 5 */
	case 238: // STATE 237 - transition.pml:395 - [.(goto)] (0:278:0 - 2)
		IfNotBlocked
		reached[0][237] = 1;
		;
		/* merge: .(goto)(278, 241, 278) */
		reached[0][241] = 1;
		;
		/* merge: .(goto)(0, 247, 278) */
		reached[0][247] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 239: // STATE 235 - transition.pml:393 - [(1)] (278:0:0 - 1)
		IfNotBlocked
		reached[0][235] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(278, 237, 278) */
		reached[0][237] = 1;
		;
		/* merge: .(goto)(278, 241, 278) */
		reached[0][241] = 1;
		;
		/* merge: .(goto)(0, 247, 278) */
		reached[0][247] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 240: // STATE 241 - transition.pml:397 - [.(goto)] (0:278:0 - 2)
		IfNotBlocked
		reached[0][241] = 1;
		;
		/* merge: .(goto)(0, 247, 278) */
		reached[0][247] = 1;
		;
		_m = 3; goto P999; /* 1 */
	case 241: // STATE 239 - transition.pml:395 - [(1)] (278:0:0 - 1)
		IfNotBlocked
		reached[0][239] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(278, 241, 278) */
		reached[0][241] = 1;
		;
		/* merge: .(goto)(0, 247, 278) */
		reached[0][247] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 242: // STATE 245 - transition.pml:452 - [fin[i] = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[0][245] = 1;
		(trpt+1)->bup.oval = ((int)now.fin[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.fin[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("fin[Thread:i]", ((int)now.fin[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 243: // STATE 249 - transition.pml:446 - [(so)] (0:0:1 - 1)
		IfNotBlocked
		reached[0][249] = 1;
		if (!(((int)((P0 *)_this)->so)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: so */  (trpt+1)->bup.oval = ((P0 *)_this)->so;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P0 *)_this)->so = 0;
		_m = 3; goto P999; /* 0 */
	case 244: // STATE 250 - transition.pml:381 - [fo[i] = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[0][250] = 1;
		(trpt+1)->bup.oval = ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.fo[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("fo[Thread:i]", ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 245: // STATE 251 - transition.pml:383 - [((depth[i]>1))] (272:0:1 - 1)
		IfNotBlocked
		reached[0][251] = 1;
		if (!((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])>1)))
			continue;
		/* merge: depth[i] = (depth[i]-1)(272, 252, 272) */
		reached[0][252] = 1;
		(trpt+1)->bup.oval = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = (((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])-1);
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(272, 257, 272) */
		reached[0][257] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 246: // STATE 257 - transition.pml:386 - [.(goto)] (0:272:0 - 2)
		IfNotBlocked
		reached[0][257] = 1;
		;
		_m = 3; goto P999; /* 0 */
	case 247: // STATE 253 - transition.pml:384 - [((depth[i]==1))] (272:0:2 - 1)
		IfNotBlocked
		reached[0][253] = 1;
		if (!((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])==1)))
			continue;
		/* merge: depth[i] = 0(272, 254, 272) */
		reached[0][254] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: ann[i] = 0(272, 255, 272) */
		reached[0][255] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.ann[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("ann[Thread:i]", ((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(272, 257, 272) */
		reached[0][257] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 248: // STATE 259 - transition.pml:389 - [(((depth[i]==0)&&chk[i]))] (266:0:1 - 1)
		IfNotBlocked
		reached[0][259] = 1;
		if (!(((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])==0)&&((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]))))
			continue;
		/* merge: chk[i] = 0(0, 260, 266) */
		reached[0][260] = 1;
		(trpt+1)->bup.oval = ((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.chk[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("chk[Thread:i]", ((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 249: // STATE 261 - transition.pml:392 - [((((selfCheck&&!(wall))&&(( (pstCur[i]) -> (pst[i]) : (wbase) )!=wtgt))&&!((fo[i]&&chg[0]))))] (351:0:2 - 1)
		IfNotBlocked
		reached[0][261] = 1;
		if (!((((((int)now.selfCheck)&& !(((int)now.wall)))&&(( (((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ])) ? (((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ])) : (((int)now.wbase)) )!=((int)now.wtgt)))&& !((((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ])&&((int)now.chg[0]))))))
			continue;
		/* merge: pstCur[i] = 1(351, 262, 351) */
		reached[0][262] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.pstCur[ Index(((P0 *)_this)->i, 2) ] = 1;
#ifdef VAR_RANGES
		logval("pstCur[Thread:i]", ((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: pst[i] = wtgt(351, 263, 351) */
		reached[0][263] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.pst[ Index(((P0 *)_this)->i, 2) ] = ((int)now.wtgt);
#ifdef VAR_RANGES
		logval("pst[Thread:i]", ((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(351, 267, 351) */
		reached[0][267] = 1;
		;
		/* merge: .(goto)(351, 271, 351) */
		reached[0][271] = 1;
		;
		/* merge: .(goto)(0, 277, 351) */
		reached[0][277] = 1;
		;
		/* merge: .(goto)(0, 340, 351) */
		reached[0][340] = 1;
		;
		/* merge: .(goto)(0, 342, 351) */
		reached[0][342] = 1;
		;
		_m = 3; goto P999; /* 7 */
	case 250: // STATE 267 - transition.pml:395 - [.(goto)] (0:351:0 - 2)
		IfNotBlocked
		reached[0][267] = 1;
		;
		/* merge: .(goto)(351, 271, 351) */
		reached[0][271] = 1;
		;
		/* merge: .(goto)(0, 277, 351) */
		reached[0][277] = 1;
		;
		/* merge: .(goto)(0, 340, 351) */
		reached[0][340] = 1;
		;
		/* merge: .(goto)(0, 342, 351) */
		reached[0][342] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 251: // STATE 265 - transition.pml:393 - [(1)] (351:0:0 - 1)
		IfNotBlocked
		reached[0][265] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(351, 267, 351) */
		reached[0][267] = 1;
		;
		/* merge: .(goto)(351, 271, 351) */
		reached[0][271] = 1;
		;
		/* merge: .(goto)(0, 277, 351) */
		reached[0][277] = 1;
		;
		/* merge: .(goto)(0, 340, 351) */
		reached[0][340] = 1;
		;
		/* merge: .(goto)(0, 342, 351) */
		reached[0][342] = 1;
		;
		_m = 3; goto P999; /* 5 */
	case 252: // STATE 271 - transition.pml:397 - [.(goto)] (0:351:0 - 2)
		IfNotBlocked
		reached[0][271] = 1;
		;
		/* merge: .(goto)(0, 277, 351) */
		reached[0][277] = 1;
		;
		/* merge: .(goto)(0, 340, 351) */
		reached[0][340] = 1;
		;
		/* merge: .(goto)(0, 342, 351) */
		reached[0][342] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 253: // STATE 269 - transition.pml:395 - [(1)] (351:0:0 - 1)
		IfNotBlocked
		reached[0][269] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(351, 271, 351) */
		reached[0][271] = 1;
		;
		/* merge: .(goto)(0, 277, 351) */
		reached[0][277] = 1;
		;
		/* merge: .(goto)(0, 340, 351) */
		reached[0][340] = 1;
		;
		/* merge: .(goto)(0, 342, 351) */
		reached[0][342] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 254: // STATE 275 - transition.pml:452 - [fo[i] = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[0][275] = 1;
		(trpt+1)->bup.oval = ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.fo[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("fo[Thread:i]", ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 255: // STATE 280 - transition.pml:471 - [assert(((exempt[i]||((vo==1)&&((vi==1)||(vi==2))))||((vo==0)&&((vi==0)||(vi==2)))))] (0:0:0 - 1)
		IfNotBlocked
		reached[0][280] = 1;
		spin_assert(((((int)now.exempt[ Index(((int)((P0 *)_this)->i), 2) ])||((((int)((P0 *)_this)->vo)==1)&&((((int)((P0 *)_this)->vi)==1)||(((int)((P0 *)_this)->vi)==2))))||((((int)((P0 *)_this)->vo)==0)&&((((int)((P0 *)_this)->vi)==0)||(((int)((P0 *)_this)->vi)==2)))), "((exempt[i]||((vo==1)&&((vi==1)||(vi==2))))||((vo==0)&&((vi==0)||(vi==2))))", II, tt, t);
		_m = 3; goto P999; /* 0 */
	case 256: // STATE 281 - transition.pml:472 - [(si)] (0:0:1 - 1)
		IfNotBlocked
		reached[0][281] = 1;
		if (!(((int)((P0 *)_this)->si)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: si */  (trpt+1)->bup.oval = ((P0 *)_this)->si;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P0 *)_this)->si = 0;
		_m = 3; goto P999; /* 0 */
	case 257: // STATE 282 - transition.pml:381 - [fin[i] = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[0][282] = 1;
		(trpt+1)->bup.oval = ((int)now.fin[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.fin[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("fin[Thread:i]", ((int)now.fin[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 258: // STATE 283 - transition.pml:383 - [((depth[i]>1))] (304:0:1 - 1)
		IfNotBlocked
		reached[0][283] = 1;
		if (!((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])>1)))
			continue;
		/* merge: depth[i] = (depth[i]-1)(304, 284, 304) */
		reached[0][284] = 1;
		(trpt+1)->bup.oval = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = (((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])-1);
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(304, 289, 304) */
		reached[0][289] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 259: // STATE 289 - transition.pml:386 - [.(goto)] (0:304:0 - 2)
		IfNotBlocked
		reached[0][289] = 1;
		;
		_m = 3; goto P999; /* 0 */
	case 260: // STATE 285 - transition.pml:384 - [((depth[i]==1))] (304:0:2 - 1)
		IfNotBlocked
		reached[0][285] = 1;
		if (!((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])==1)))
			continue;
		/* merge: depth[i] = 0(304, 286, 304) */
		reached[0][286] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: ann[i] = 0(304, 287, 304) */
		reached[0][287] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.ann[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("ann[Thread:i]", ((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(304, 289, 304) */
		reached[0][289] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 261: // STATE 291 - transition.pml:389 - [(((depth[i]==0)&&chk[i]))] (298:0:1 - 1)
		IfNotBlocked
		reached[0][291] = 1;
		if (!(((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])==0)&&((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]))))
			continue;
		/* merge: chk[i] = 0(0, 292, 298) */
		reached[0][292] = 1;
		(trpt+1)->bup.oval = ((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.chk[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("chk[Thread:i]", ((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 262: // STATE 293 - transition.pml:392 - [((((selfCheck&&!(wall))&&(( (pstCur[i]) -> (pst[i]) : (wbase) )!=wtgt))&&!((fo[i]&&chg[0]))))] (337:0:2 - 1)
		IfNotBlocked
		reached[0][293] = 1;
		if (!((((((int)now.selfCheck)&& !(((int)now.wall)))&&(( (((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ])) ? (((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ])) : (((int)now.wbase)) )!=((int)now.wtgt)))&& !((((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ])&&((int)now.chg[0]))))))
			continue;
		/* merge: pstCur[i] = 1(337, 294, 337) */
		reached[0][294] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.pstCur[ Index(((P0 *)_this)->i, 2) ] = 1;
#ifdef VAR_RANGES
		logval("pstCur[Thread:i]", ((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: pst[i] = wtgt(337, 295, 337) */
		reached[0][295] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.pst[ Index(((P0 *)_this)->i, 2) ] = ((int)now.wtgt);
#ifdef VAR_RANGES
		logval("pst[Thread:i]", ((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(337, 299, 337) */
		reached[0][299] = 1;
		;
		/* merge: .(goto)(337, 303, 337) */
		reached[0][303] = 1;
		;
		/* merge: .(goto)(0, 309, 337) */
		reached[0][309] = 1;
		;
		_m = 3; goto P999; /* 5 */
	case 263: // STATE 299 - transition.pml:395 - [.(goto)] (0:337:0 - 2)
		IfNotBlocked
		reached[0][299] = 1;
		;
		/* merge: .(goto)(337, 303, 337) */
		reached[0][303] = 1;
		;
		/* merge: .(goto)(0, 309, 337) */
		reached[0][309] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 264: // STATE 297 - transition.pml:393 - [(1)] (337:0:0 - 1)
		IfNotBlocked
		reached[0][297] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(337, 299, 337) */
		reached[0][299] = 1;
		;
		/* merge: .(goto)(337, 303, 337) */
		reached[0][303] = 1;
		;
		/* merge: .(goto)(0, 309, 337) */
		reached[0][309] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 265: // STATE 303 - transition.pml:397 - [.(goto)] (0:337:0 - 2)
		IfNotBlocked
		reached[0][303] = 1;
		;
		/* merge: .(goto)(0, 309, 337) */
		reached[0][309] = 1;
		;
		_m = 3; goto P999; /* 1 */
	case 266: // STATE 301 - transition.pml:395 - [(1)] (337:0:0 - 1)
		IfNotBlocked
		reached[0][301] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(337, 303, 337) */
		reached[0][303] = 1;
		;
		/* merge: .(goto)(0, 309, 337) */
		reached[0][309] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 267: // STATE 307 - transition.pml:472 - [fin[i] = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[0][307] = 1;
		(trpt+1)->bup.oval = ((int)now.fin[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.fin[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("fin[Thread:i]", ((int)now.fin[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 268: // STATE 310 - transition.pml:473 - [(so)] (0:0:1 - 1)
		IfNotBlocked
		reached[0][310] = 1;
		if (!(((int)((P0 *)_this)->so)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: so */  (trpt+1)->bup.oval = ((P0 *)_this)->so;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P0 *)_this)->so = 0;
		_m = 3; goto P999; /* 0 */
	case 269: // STATE 311 - transition.pml:381 - [fo[i] = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[0][311] = 1;
		(trpt+1)->bup.oval = ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.fo[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("fo[Thread:i]", ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 270: // STATE 312 - transition.pml:383 - [((depth[i]>1))] (333:0:1 - 1)
		IfNotBlocked
		reached[0][312] = 1;
		if (!((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])>1)))
			continue;
		/* merge: depth[i] = (depth[i]-1)(333, 313, 333) */
		reached[0][313] = 1;
		(trpt+1)->bup.oval = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = (((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])-1);
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(333, 318, 333) */
		reached[0][318] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 271: // STATE 318 - transition.pml:386 - [.(goto)] (0:333:0 - 2)
		IfNotBlocked
		reached[0][318] = 1;
		;
		_m = 3; goto P999; /* 0 */
	case 272: // STATE 314 - transition.pml:384 - [((depth[i]==1))] (333:0:2 - 1)
		IfNotBlocked
		reached[0][314] = 1;
		if (!((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])==1)))
			continue;
		/* merge: depth[i] = 0(333, 315, 333) */
		reached[0][315] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.depth[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("depth[Thread:i]", ((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: ann[i] = 0(333, 316, 333) */
		reached[0][316] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.ann[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("ann[Thread:i]", ((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(333, 318, 333) */
		reached[0][318] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 273: // STATE 320 - transition.pml:389 - [(((depth[i]==0)&&chk[i]))] (327:0:1 - 1)
		IfNotBlocked
		reached[0][320] = 1;
		if (!(((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])==0)&&((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]))))
			continue;
		/* merge: chk[i] = 0(0, 321, 327) */
		reached[0][321] = 1;
		(trpt+1)->bup.oval = ((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.chk[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("chk[Thread:i]", ((int)now.chk[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 274: // STATE 322 - transition.pml:392 - [((((selfCheck&&!(wall))&&(( (pstCur[i]) -> (pst[i]) : (wbase) )!=wtgt))&&!((fo[i]&&chg[0]))))] (351:0:2 - 1)
		IfNotBlocked
		reached[0][322] = 1;
		if (!((((((int)now.selfCheck)&& !(((int)now.wall)))&&(( (((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ])) ? (((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ])) : (((int)now.wbase)) )!=((int)now.wtgt)))&& !((((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ])&&((int)now.chg[0]))))))
			continue;
		/* merge: pstCur[i] = 1(351, 323, 351) */
		reached[0][323] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.pstCur[ Index(((P0 *)_this)->i, 2) ] = 1;
#ifdef VAR_RANGES
		logval("pstCur[Thread:i]", ((int)now.pstCur[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: pst[i] = wtgt(351, 324, 351) */
		reached[0][324] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.pst[ Index(((P0 *)_this)->i, 2) ] = ((int)now.wtgt);
#ifdef VAR_RANGES
		logval("pst[Thread:i]", ((int)now.pst[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: .(goto)(351, 328, 351) */
		reached[0][328] = 1;
		;
		/* merge: .(goto)(351, 332, 351) */
		reached[0][332] = 1;
		;
		/* merge: .(goto)(0, 338, 351) */
		reached[0][338] = 1;
		;
		/* merge: .(goto)(0, 340, 351) */
		reached[0][340] = 1;
		;
		/* merge: .(goto)(0, 342, 351) */
		reached[0][342] = 1;
		;
		_m = 3; goto P999; /* 7 */
	case 275: // STATE 328 - transition.pml:395 - [.(goto)] (0:351:0 - 2)
		IfNotBlocked
		reached[0][328] = 1;
		;
		/* merge: .(goto)(351, 332, 351) */
		reached[0][332] = 1;
		;
		/* merge: .(goto)(0, 338, 351) */
		reached[0][338] = 1;
		;
		/* merge: .(goto)(0, 340, 351) */
		reached[0][340] = 1;
		;
		/* merge: .(goto)(0, 342, 351) */
		reached[0][342] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 276: // STATE 326 - transition.pml:393 - [(1)] (351:0:0 - 1)
		IfNotBlocked
		reached[0][326] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(351, 328, 351) */
		reached[0][328] = 1;
		;
		/* merge: .(goto)(351, 332, 351) */
		reached[0][332] = 1;
		;
		/* merge: .(goto)(0, 338, 351) */
		reached[0][338] = 1;
		;
		/* merge: .(goto)(0, 340, 351) */
		reached[0][340] = 1;
		;
		/* merge: .(goto)(0, 342, 351) */
		reached[0][342] = 1;
		;
		_m = 3; goto P999; /* 5 */
	case 277: // STATE 332 - transition.pml:397 - [.(goto)] (0:351:0 - 2)
		IfNotBlocked
		reached[0][332] = 1;
		;
		/* merge: .(goto)(0, 338, 351) */
		reached[0][338] = 1;
		;
		/* merge: .(goto)(0, 340, 351) */
		reached[0][340] = 1;
		;
		/* merge: .(goto)(0, 342, 351) */
		reached[0][342] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 278: // STATE 330 - transition.pml:395 - [(1)] (351:0:0 - 1)
		IfNotBlocked
		reached[0][330] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(351, 332, 351) */
		reached[0][332] = 1;
		;
		/* merge: .(goto)(0, 338, 351) */
		reached[0][338] = 1;
		;
		/* merge: .(goto)(0, 340, 351) */
		reached[0][340] = 1;
		;
		/* merge: .(goto)(0, 342, 351) */
		reached[0][342] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 279: // STATE 336 - transition.pml:473 - [fo[i] = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[0][336] = 1;
		(trpt+1)->bup.oval = ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.fo[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("fo[Thread:i]", ((int)now.fo[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 280: // STATE 343 - transition.pml:477 - [vo = 0] (0:354:8 - 1)
		IfNotBlocked
		reached[0][343] = 1;
		(trpt+1)->bup.ovals = grab_ints(8);
		(trpt+1)->bup.ovals[0] = ((int)((P0 *)_this)->vo);
		((P0 *)_this)->vo = 0;
#ifdef VAR_RANGES
		logval("Thread:vo", ((int)((P0 *)_this)->vo));
#endif
		;
		/* merge: vi = 0(354, 344, 354) */
		reached[0][344] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P0 *)_this)->vi);
		((P0 *)_this)->vi = 0;
#ifdef VAR_RANGES
		logval("Thread:vi", ((int)((P0 *)_this)->vi));
#endif
		;
		/* merge: so = 0(354, 345, 354) */
		reached[0][345] = 1;
		(trpt+1)->bup.ovals[2] = ((int)((P0 *)_this)->so);
		((P0 *)_this)->so = 0;
#ifdef VAR_RANGES
		logval("Thread:so", ((int)((P0 *)_this)->so));
#endif
		;
		/* merge: si = 0(354, 346, 354) */
		reached[0][346] = 1;
		(trpt+1)->bup.ovals[3] = ((int)((P0 *)_this)->si);
		((P0 *)_this)->si = 0;
#ifdef VAR_RANGES
		logval("Thread:si", ((int)((P0 *)_this)->si));
#endif
		;
		/* merge: e = 0(354, 347, 354) */
		reached[0][347] = 1;
		(trpt+1)->bup.ovals[4] = ((int)((P0 *)_this)->e);
		((P0 *)_this)->e = 0;
#ifdef VAR_RANGES
		logval("Thread:e", ((int)((P0 *)_this)->e));
#endif
		;
		/* merge: mode = 0(354, 348, 354) */
		reached[0][348] = 1;
		(trpt+1)->bup.ovals[5] = ((int)((P0 *)_this)->mode);
		((P0 *)_this)->mode = 0;
#ifdef VAR_RANGES
		logval("Thread:mode", ((int)((P0 *)_this)->mode));
#endif
		;
		/* merge: exempt[i] = 0(354, 349, 354) */
		reached[0][349] = 1;
		(trpt+1)->bup.ovals[6] = ((int)now.exempt[ Index(((int)((P0 *)_this)->i), 2) ]);
		now.exempt[ Index(((P0 *)_this)->i, 2) ] = 0;
#ifdef VAR_RANGES
		logval("exempt[Thread:i]", ((int)now.exempt[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
		/* merge: n = (n+1)(354, 350, 354) */
		reached[0][350] = 1;
		(trpt+1)->bup.ovals[7] = ((int)((P0 *)_this)->n);
		((P0 *)_this)->n = (((int)((P0 *)_this)->n)+1);
#ifdef VAR_RANGES
		logval("Thread:n", ((int)((P0 *)_this)->n));
#endif
		;
		/* merge: .(goto)(0, 355, 354) */
		reached[0][355] = 1;
		;
		_m = 3; goto P999; /* 8 */
	case 281: // STATE 357 - transition.pml:485 - [assert(((depth[i]==0)&&(ann[i]==0)))] (0:0:0 - 3)
		IfNotBlocked
		reached[0][357] = 1;
		spin_assert(((((int)now.depth[ Index(((int)((P0 *)_this)->i), 2) ])==0)&&(((int)now.ann[ Index(((int)((P0 *)_this)->i), 2) ])==0)), "((depth[i]==0)&&(ann[i]==0))", II, tt, t);
		_m = 3; goto P999; /* 0 */
	case 282: // STATE 358 - transition.pml:486 - [running = (running-1)] (0:0:1 - 1)
		IfNotBlocked
		reached[0][358] = 1;
		(trpt+1)->bup.oval = ((int)now.running);
		now.running = (((int)now.running)-1);
#ifdef VAR_RANGES
		logval("running", ((int)now.running));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 283: // STATE 359 - transition.pml:487 - [-end-] (0:0:0 - 1)
		IfNotBlocked
		reached[0][359] = 1;
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

