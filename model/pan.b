	switch (t->back) {
	default: Uerror("bad return move");
	case  0: goto R999; /* nothing to undo */

		 /* PROC Monitor */
;
		;
		;
		;
		
	case 5: // STATE 3
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* PROC :init: */

	case 6: // STATE 16
		;
		now.k = trpt->bup.ovals[15];
		now.opsRunning = trpt->bup.ovals[14];
		now.running = trpt->bup.ovals[13];
		now.settled[1] = trpt->bup.ovals[12];
		now.settled[0] = trpt->bup.ovals[11];
		now.sz[1] = trpt->bup.ovals[10];
		now.stk[3] = trpt->bup.ovals[9];
		now.stk[2] = trpt->bup.ovals[8];
		now.sz[0] = trpt->bup.ovals[7];
		now.stk[0] = trpt->bup.ovals[6];
		now.on[2] = trpt->bup.ovals[5];
		now.on[1] = trpt->bup.ovals[4];
		now.loaded[2] = trpt->bup.ovals[3];
		now.loaded[1] = trpt->bup.ovals[2];
		now.bound[1] = trpt->bup.ovals[1];
		now.bound[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 16);
		goto R999;
;
		;
		
	case 8: // STATE 18
		;
		;
		delproc(0, now._nr_pr-1);
		;
		goto R999;

	case 9: // STATE 19
		;
		now.k = trpt->bup.oval;
		;
		goto R999;

	case 10: // STATE 25
		;
		;
		delproc(0, now._nr_pr-1);
		;
		goto R999;

	case 11: // STATE 26
		;
		;
		delproc(0, now._nr_pr-1);
		;
		goto R999;

	case 12: // STATE 27
		;
		;
		delproc(0, now._nr_pr-1);
		;
		goto R999;

	case 13: // STATE 29
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* PROC Operator */

	case 14: // STATE 2
		;
		now.lock = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 16: // STATE 6
		;
		now.pend[1] = trpt->bup.oval;
		;
		goto R999;
	case 17: // STATE 11
		sv_restor();
		goto R999;
	case 18: // STATE 15
		sv_restor();
		goto R999;
;
		;
			case 20: // STATE 40
		sv_restor();
		goto R999;
;
		;
		;
		;
			case 23: // STATE 57
		sv_restor();
		goto R999;
;
		;
			case 25: // STATE 82
		sv_restor();
		goto R999;

	case 26: // STATE 89
		;
		now.on[1] = trpt->bup.oval;
		;
		goto R999;
	case 27: // STATE 93
		sv_restor();
		goto R999;

	case 28: // STATE 102
		;
		now.lock = trpt->bup.oval;
		;
		goto R999;

	case 29: // STATE 106
		;
		now.lock = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 31: // STATE 110
		;
		now.pend[1] = trpt->bup.oval;
		;
		goto R999;
	case 32: // STATE 115
		sv_restor();
		goto R999;
	case 33: // STATE 119
		sv_restor();
		goto R999;
;
		;
			case 35: // STATE 144
		sv_restor();
		goto R999;
;
		;
			case 37: // STATE 160
		sv_restor();
		goto R999;
	case 38: // STATE 179
		sv_restor();
		goto R999;
	case 39: // STATE 183
		sv_restor();
		goto R999;
	case 40: // STATE 187
		sv_restor();
		goto R999;

	case 41: // STATE 196
		;
		now.lock = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 43: // STATE 204
		;
		now.lock = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 45: // STATE 208
		;
		now.pend[2] = trpt->bup.oval;
		;
		goto R999;
	case 46: // STATE 213
		sv_restor();
		goto R999;
	case 47: // STATE 217
		sv_restor();
		goto R999;
;
		;
			case 49: // STATE 242
		sv_restor();
		goto R999;
;
		;
		;
		;
			case 52: // STATE 259
		sv_restor();
		goto R999;
;
		;
			case 54: // STATE 284
		sv_restor();
		goto R999;

	case 55: // STATE 291
		;
		now.on[2] = trpt->bup.oval;
		;
		goto R999;
	case 56: // STATE 295
		sv_restor();
		goto R999;

	case 57: // STATE 304
		;
		now.lock = trpt->bup.oval;
		;
		goto R999;

	case 58: // STATE 308
		;
		now.lock = trpt->bup.oval;
		;
		goto R999;
;
		;
			case 60: // STATE 316
		sv_restor();
		goto R999;

	case 61: // STATE 317
		;
		now.wall = trpt->bup.oval;
		;
		goto R999;
;
		;
			case 63: // STATE 347
		sv_restor();
		goto R999;
	case 64: // STATE 368
		sv_restor();
		goto R999;
	case 65: // STATE 398
		sv_restor();
		goto R999;
	case 66: // STATE 419
		sv_restor();
		goto R999;
;
		;
			case 68: // STATE 472
		sv_restor();
		goto R999;
	case 69: // STATE 480
		sv_restor();
		goto R999;
;
		;
		;
		;
		
	case 72: // STATE 484
		;
		now.synced = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		
	case 75: // STATE 491
		;
		now.synced = trpt->bup.oval;
		;
		goto R999;

	case 76: // STATE 495
		;
		now.gpLock = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 78: // STATE 498
		;
		now.completing = trpt->bup.oval;
		;
		goto R999;

	case 79: // STATE 499
		;
		now.synced = trpt->bup.oval;
		;
		goto R999;
	case 80: // STATE 529
		sv_restor();
		goto R999;
	case 81: // STATE 550
		sv_restor();
		goto R999;
	case 82: // STATE 580
		sv_restor();
		goto R999;
	case 83: // STATE 601
		sv_restor();
		goto R999;
;
		;
			case 85: // STATE 654
		sv_restor();
		goto R999;

	case 86: // STATE 665
		;
		now.lock = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 88: // STATE 673
		;
		now.lock = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 90: // STATE 677
		;
		now.pend[1] = trpt->bup.oval;
		;
		goto R999;
	case 91: // STATE 682
		sv_restor();
		goto R999;
	case 92: // STATE 686
		sv_restor();
		goto R999;
;
		;
			case 94: // STATE 711
		sv_restor();
		goto R999;
;
		;
		;
		;
			case 97: // STATE 728
		sv_restor();
		goto R999;
;
		;
			case 99: // STATE 753
		sv_restor();
		goto R999;

	case 100: // STATE 760
		;
		now.on[1] = trpt->bup.oval;
		;
		goto R999;
	case 101: // STATE 764
		sv_restor();
		goto R999;

	case 102: // STATE 773
		;
		now.lock = trpt->bup.oval;
		;
		goto R999;

	case 103: // STATE 776
		;
		now.opsRunning = trpt->bup.oval;
		;
		goto R999;

	case 104: // STATE 777
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* PROC Driver */

	case 105: // STATE 2
		;
		now.lock = trpt->bup.oval;
		;
		goto R999;

	case 106: // STATE 4
		;
		now.idle = trpt->bup.oval;
		;
		goto R999;
;
		
	case 107: // STATE 9
		goto R999;
;
		
	case 108: // STATE 7
		goto R999;
;
		;
			case 110: // STATE 15
		sv_restor();
		goto R999;
	case 111: // STATE 39
		sv_restor();
		goto R999;
;
		;
		
	case 113: // STATE 41
		;
		now.all = trpt->bup.oval;
		;
		goto R999;

	case 114: // STATE 42
		;
		now.wall = trpt->bup.oval;
		;
		goto R999;
;
		;
			case 116: // STATE 72
		sv_restor();
		goto R999;
	case 117: // STATE 93
		sv_restor();
		goto R999;
	case 118: // STATE 123
		sv_restor();
		goto R999;
	case 119: // STATE 144
		sv_restor();
		goto R999;
;
		;
			case 121: // STATE 197
		sv_restor();
		goto R999;
	case 122: // STATE 205
		sv_restor();
		goto R999;
;
		;
		;
		;
		
	case 125: // STATE 209
		;
		now.synced = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		
	case 128: // STATE 216
		;
		now.synced = trpt->bup.oval;
		;
		goto R999;

	case 129: // STATE 220
		;
		now.gpLock = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 131: // STATE 223
		;
		now.completing = trpt->bup.oval;
		;
		goto R999;

	case 132: // STATE 224
		;
		now.synced = trpt->bup.oval;
		;
		goto R999;
	case 133: // STATE 254
		sv_restor();
		goto R999;
	case 134: // STATE 275
		sv_restor();
		goto R999;
	case 135: // STATE 305
		sv_restor();
		goto R999;
	case 136: // STATE 326
		sv_restor();
		goto R999;
;
		;
			case 138: // STATE 379
		sv_restor();
		goto R999;
;
		;
		
	case 140: // STATE 388
		;
		now.rounds = trpt->bup.oval;
		;
		goto R999;
;
		;
			case 142: // STATE 398
		sv_restor();
		goto R999;
	case 143: // STATE 402
		sv_restor();
		goto R999;

	case 144: // STATE 416
		;
		now.lock = trpt->bup.oval;
		;
		goto R999;

	case 145: // STATE 419
		;
		((P1 *)_this)->g = trpt->bup.oval;
		;
		goto R999;

	case 146: // STATE 421
		;
		now.idle = trpt->bup.oval;
		;
		goto R999;
;
		
	case 147: // STATE 426
		goto R999;
;
		
	case 148: // STATE 424
		goto R999;
	case 149: // STATE 434
		sv_restor();
		goto R999;
;
		;
		;
		;
		
	case 152: // STATE 438
		;
		((P1 *)_this)->ok = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		
	case 155: // STATE 445
		;
		((P1 *)_this)->ok = trpt->bup.oval;
		;
		goto R999;

	case 156: // STATE 449
		;
		now.gpLock = trpt->bup.oval;
		;
		goto R999;

	case 157: // STATE 452
		;
		now.lock = trpt->bup.oval;
		;
		goto R999;

	case 158: // STATE 455
		;
	/* 1 */	((P1 *)_this)->ok = trpt->bup.ovals[1];
	/* 0 */	((P1 *)_this)->g = trpt->bup.ovals[0];
		;
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
	case 159: // STATE 484
		sv_restor();
		goto R999;
	case 160: // STATE 505
		sv_restor();
		goto R999;
	case 161: // STATE 535
		sv_restor();
		goto R999;
	case 162: // STATE 556
		sv_restor();
		goto R999;
;
		;
			case 164: // STATE 609
		sv_restor();
		goto R999;
	case 165: // STATE 619
		sv_restor();
		goto R999;
;
		
	case 166: // STATE 620
		goto R999;

	case 167: // STATE 626
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* PROC Thread */
;
		;
		;
		;
		
	case 170: // STATE 4
		;
		now.bound[0] = trpt->bup.ovals[1];
		now.fo[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 171: // STATE 10
		;
	/* 0 */	((P0 *)_this)->e = trpt->bup.oval;
		;
		;
		goto R999;

	case 172: // STATE 13
		;
		((P0 *)_this)->mode = trpt->bup.ovals[2];
		((P0 *)_this)->vo = trpt->bup.ovals[1];
		((P0 *)_this)->e = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 173: // STATE 16
		;
		now.fo[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 174: // STATE 19
		;
		((P0 *)_this)->vo = trpt->bup.ovals[1];
		((P0 *)_this)->mode = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		
	case 175: // STATE 27
		goto R999;

	case 176: // STATE 21
		;
		((P0 *)_this)->mode = trpt->bup.oval;
		;
		goto R999;

	case 177: // STATE 24
		;
		((P0 *)_this)->vo = trpt->bup.ovals[1];
		((P0 *)_this)->mode = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 178: // STATE 29
		;
	/* 0 */	((P0 *)_this)->mode = trpt->bup.oval;
		;
		;
		goto R999;

	case 179: // STATE 38
		;
		((P0 *)_this)->so = trpt->bup.ovals[3];
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[2];
		now.ann[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.latCur[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 180: // STATE 38
		;
		((P0 *)_this)->so = trpt->bup.ovals[1];
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 181: // STATE 38
		;
		((P0 *)_this)->so = trpt->bup.ovals[1];
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 182: // STATE 42
		;
		now.latCur[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.lat[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 183: // STATE 53
		;
		now.rr[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		((P0 *)_this)->c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 184: // STATE 53
		;
		now.rr[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 185: // STATE 53
		;
		now.rr[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		((P0 *)_this)->c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 186: // STATE 56
		;
		((P0 *)_this)->vo = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 188: // STATE 60
		;
		now.latCur[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.lat[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 189: // STATE 71
		;
		now.rr[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		((P0 *)_this)->c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 190: // STATE 71
		;
		now.rr[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		((P0 *)_this)->c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 191: // STATE 71
		;
		now.rr[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 192: // STATE 76
		;
		((P0 *)_this)->c = trpt->bup.ovals[1];
		now.rr[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 193: // STATE 94
		;
	/* 0 */	((P0 *)_this)->e = trpt->bup.oval;
		;
		;
		goto R999;

	case 194: // STATE 95
		;
	/* 0 */	((P0 *)_this)->so = trpt->bup.oval;
		;
		;
		goto R999;

	case 195: // STATE 96
		;
		now.fo[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 196: // STATE 98
		;
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;
;
		
	case 197: // STATE 103
		goto R999;

	case 198: // STATE 101
		;
		now.ann[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 199: // STATE 106
		;
		now.chk[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 200: // STATE 109
		;
		now.pst[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.pstCur[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		
	case 201: // STATE 113
		goto R999;
;
		
	case 202: // STATE 111
		goto R999;
;
		
	case 203: // STATE 117
		goto R999;
;
		
	case 204: // STATE 115
		goto R999;

	case 205: // STATE 121
		;
		now.fo[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 207: // STATE 128
		;
		now.bound[1] = trpt->bup.ovals[1];
		now.fin[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 208: // STATE 134
		;
	/* 0 */	((P0 *)_this)->e = trpt->bup.oval;
		;
		;
		goto R999;

	case 209: // STATE 137
		;
		((P0 *)_this)->mode = trpt->bup.ovals[2];
		((P0 *)_this)->vi = trpt->bup.ovals[1];
		((P0 *)_this)->e = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 210: // STATE 140
		;
		now.fin[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 211: // STATE 143
		;
		((P0 *)_this)->vi = trpt->bup.ovals[1];
		((P0 *)_this)->mode = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		
	case 212: // STATE 151
		goto R999;

	case 213: // STATE 145
		;
		((P0 *)_this)->mode = trpt->bup.oval;
		;
		goto R999;

	case 214: // STATE 148
		;
		((P0 *)_this)->vi = trpt->bup.ovals[1];
		((P0 *)_this)->mode = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 215: // STATE 153
		;
	/* 0 */	((P0 *)_this)->mode = trpt->bup.oval;
		;
		;
		goto R999;

	case 216: // STATE 162
		;
		((P0 *)_this)->si = trpt->bup.ovals[3];
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[2];
		now.ann[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.latCur[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 217: // STATE 162
		;
		((P0 *)_this)->si = trpt->bup.ovals[1];
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 218: // STATE 162
		;
		((P0 *)_this)->si = trpt->bup.ovals[1];
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 219: // STATE 166
		;
		now.latCur[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.lat[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 220: // STATE 177
		;
		now.rr[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		((P0 *)_this)->c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 221: // STATE 177
		;
		now.rr[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 222: // STATE 177
		;
		now.rr[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		((P0 *)_this)->c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 223: // STATE 180
		;
		((P0 *)_this)->vi = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 225: // STATE 184
		;
		now.latCur[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.lat[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 226: // STATE 195
		;
		now.rr[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		((P0 *)_this)->c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 227: // STATE 195
		;
		now.rr[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		((P0 *)_this)->c = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 228: // STATE 195
		;
		now.rr[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 229: // STATE 200
		;
		((P0 *)_this)->c = trpt->bup.ovals[1];
		now.rr[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 230: // STATE 218
		;
	/* 0 */	((P0 *)_this)->e = trpt->bup.oval;
		;
		;
		goto R999;

	case 231: // STATE 219
		;
	/* 0 */	((P0 *)_this)->si = trpt->bup.oval;
		;
		;
		goto R999;

	case 232: // STATE 220
		;
		now.fin[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 233: // STATE 222
		;
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;
;
		
	case 234: // STATE 227
		goto R999;

	case 235: // STATE 225
		;
		now.ann[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 236: // STATE 230
		;
		now.chk[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 237: // STATE 233
		;
		now.pst[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.pstCur[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		
	case 238: // STATE 237
		goto R999;
;
		
	case 239: // STATE 235
		goto R999;
;
		
	case 240: // STATE 241
		goto R999;
;
		
	case 241: // STATE 239
		goto R999;

	case 242: // STATE 245
		;
		now.fin[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 243: // STATE 249
		;
	/* 0 */	((P0 *)_this)->so = trpt->bup.oval;
		;
		;
		goto R999;

	case 244: // STATE 250
		;
		now.fo[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 245: // STATE 252
		;
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;
;
		
	case 246: // STATE 257
		goto R999;

	case 247: // STATE 255
		;
		now.ann[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 248: // STATE 260
		;
		now.chk[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 249: // STATE 263
		;
		now.pst[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.pstCur[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		
	case 250: // STATE 267
		goto R999;
;
		
	case 251: // STATE 265
		goto R999;
;
		
	case 252: // STATE 271
		goto R999;
;
		
	case 253: // STATE 269
		goto R999;

	case 254: // STATE 275
		;
		now.fo[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 256: // STATE 281
		;
	/* 0 */	((P0 *)_this)->si = trpt->bup.oval;
		;
		;
		goto R999;

	case 257: // STATE 282
		;
		now.fin[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 258: // STATE 284
		;
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;
;
		
	case 259: // STATE 289
		goto R999;

	case 260: // STATE 287
		;
		now.ann[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 261: // STATE 292
		;
		now.chk[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 262: // STATE 295
		;
		now.pst[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.pstCur[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		
	case 263: // STATE 299
		goto R999;
;
		
	case 264: // STATE 297
		goto R999;
;
		
	case 265: // STATE 303
		goto R999;
;
		
	case 266: // STATE 301
		goto R999;

	case 267: // STATE 307
		;
		now.fin[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 268: // STATE 310
		;
	/* 0 */	((P0 *)_this)->so = trpt->bup.oval;
		;
		;
		goto R999;

	case 269: // STATE 311
		;
		now.fo[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 270: // STATE 313
		;
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;
;
		
	case 271: // STATE 318
		goto R999;

	case 272: // STATE 316
		;
		now.ann[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 273: // STATE 321
		;
		now.chk[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 274: // STATE 324
		;
		now.pst[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.pstCur[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		
	case 275: // STATE 328
		goto R999;
;
		
	case 276: // STATE 326
		goto R999;
;
		
	case 277: // STATE 332
		goto R999;
;
		
	case 278: // STATE 330
		goto R999;

	case 279: // STATE 336
		;
		now.fo[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 280: // STATE 350
		;
		((P0 *)_this)->n = trpt->bup.ovals[7];
		now.exempt[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[6];
		((P0 *)_this)->mode = trpt->bup.ovals[5];
		((P0 *)_this)->e = trpt->bup.ovals[4];
		((P0 *)_this)->si = trpt->bup.ovals[3];
		((P0 *)_this)->so = trpt->bup.ovals[2];
		((P0 *)_this)->vi = trpt->bup.ovals[1];
		((P0 *)_this)->vo = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 8);
		goto R999;
;
		;
		
	case 282: // STATE 358
		;
		now.running = trpt->bup.oval;
		;
		goto R999;

	case 283: // STATE 359
		;
		p_restor(II);
		;
		;
		goto R999;
	}

