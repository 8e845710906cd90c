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
		now.pending = trpt->bup.oval;
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
			case 23: // STATE 56
		sv_restor();
		goto R999;
;
		;
			case 25: // STATE 80
		sv_restor();
		goto R999;

	case 26: // STATE 87
		;
		now.on[1] = trpt->bup.oval;
		;
		goto R999;
	case 27: // STATE 91
		sv_restor();
		goto R999;

	case 28: // STATE 100
		;
		now.lock = trpt->bup.oval;
		;
		goto R999;

	case 29: // STATE 104
		;
		now.lock = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 31: // STATE 108
		;
		now.pending = trpt->bup.oval;
		;
		goto R999;
	case 32: // STATE 113
		sv_restor();
		goto R999;
	case 33: // STATE 117
		sv_restor();
		goto R999;
;
		;
			case 35: // STATE 142
		sv_restor();
		goto R999;
;
		;
			case 37: // STATE 157
		sv_restor();
		goto R999;
	case 38: // STATE 175
		sv_restor();
		goto R999;
	case 39: // STATE 179
		sv_restor();
		goto R999;
	case 40: // STATE 183
		sv_restor();
		goto R999;

	case 41: // STATE 192
		;
		now.lock = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 43: // STATE 200
		;
		now.lock = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 45: // STATE 204
		;
		now.pending = trpt->bup.oval;
		;
		goto R999;
	case 46: // STATE 209
		sv_restor();
		goto R999;
	case 47: // STATE 213
		sv_restor();
		goto R999;
;
		;
			case 49: // STATE 238
		sv_restor();
		goto R999;
;
		;
		;
		;
			case 52: // STATE 254
		sv_restor();
		goto R999;
;
		;
			case 54: // STATE 278
		sv_restor();
		goto R999;

	case 55: // STATE 285
		;
		now.on[2] = trpt->bup.oval;
		;
		goto R999;
	case 56: // STATE 289
		sv_restor();
		goto R999;

	case 57: // STATE 298
		;
		now.lock = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 59: // STATE 303
		;
		now.lock = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 61: // STATE 307
		;
		now.pending = trpt->bup.oval;
		;
		goto R999;
	case 62: // STATE 312
		sv_restor();
		goto R999;
	case 63: // STATE 316
		sv_restor();
		goto R999;
;
		;
			case 65: // STATE 341
		sv_restor();
		goto R999;
;
		;
		;
		;
			case 68: // STATE 357
		sv_restor();
		goto R999;
;
		;
			case 70: // STATE 381
		sv_restor();
		goto R999;

	case 71: // STATE 388
		;
		now.on[1] = trpt->bup.oval;
		;
		goto R999;
	case 72: // STATE 392
		sv_restor();
		goto R999;

	case 73: // STATE 401
		;
		now.lock = trpt->bup.oval;
		;
		goto R999;

	case 74: // STATE 405
		;
		now.lock = trpt->bup.oval;
		;
		goto R999;
;
		;
			case 76: // STATE 412
		sv_restor();
		goto R999;

	case 77: // STATE 413
		;
		now.wall = trpt->bup.oval;
		;
		goto R999;
;
		;
			case 79: // STATE 443
		sv_restor();
		goto R999;
	case 80: // STATE 464
		sv_restor();
		goto R999;
	case 81: // STATE 494
		sv_restor();
		goto R999;
	case 82: // STATE 515
		sv_restor();
		goto R999;
;
		;
			case 84: // STATE 563
		sv_restor();
		goto R999;
	case 85: // STATE 571
		sv_restor();
		goto R999;
;
		;
		;
		;
		
	case 88: // STATE 575
		;
		now.synced = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		
	case 91: // STATE 582
		;
		now.synced = trpt->bup.oval;
		;
		goto R999;

	case 92: // STATE 586
		;
		now.gpLock = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 94: // STATE 589
		;
		now.completing = trpt->bup.oval;
		;
		goto R999;

	case 95: // STATE 590
		;
		now.synced = trpt->bup.oval;
		;
		goto R999;
	case 96: // STATE 620
		sv_restor();
		goto R999;
	case 97: // STATE 641
		sv_restor();
		goto R999;
	case 98: // STATE 671
		sv_restor();
		goto R999;
	case 99: // STATE 692
		sv_restor();
		goto R999;
;
		;
			case 101: // STATE 740
		sv_restor();
		goto R999;

	case 102: // STATE 751
		;
		now.lock = trpt->bup.oval;
		;
		goto R999;

	case 103: // STATE 757
		;
		now.opsRunning = trpt->bup.oval;
		;
		goto R999;

	case 104: // STATE 758
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
;
		;
			case 107: // STATE 7
		sv_restor();
		goto R999;
	case 108: // STATE 31
		sv_restor();
		goto R999;
;
		;
		
	case 110: // STATE 33
		;
		now.all = trpt->bup.oval;
		;
		goto R999;

	case 111: // STATE 34
		;
		now.wall = trpt->bup.oval;
		;
		goto R999;
;
		;
			case 113: // STATE 64
		sv_restor();
		goto R999;
	case 114: // STATE 85
		sv_restor();
		goto R999;
	case 115: // STATE 115
		sv_restor();
		goto R999;
	case 116: // STATE 136
		sv_restor();
		goto R999;
;
		;
			case 118: // STATE 184
		sv_restor();
		goto R999;
	case 119: // STATE 192
		sv_restor();
		goto R999;
;
		;
		;
		;
		
	case 122: // STATE 196
		;
		now.synced = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		
	case 125: // STATE 203
		;
		now.synced = trpt->bup.oval;
		;
		goto R999;

	case 126: // STATE 207
		;
		now.gpLock = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 128: // STATE 210
		;
		now.completing = trpt->bup.oval;
		;
		goto R999;

	case 129: // STATE 211
		;
		now.synced = trpt->bup.oval;
		;
		goto R999;
	case 130: // STATE 241
		sv_restor();
		goto R999;
	case 131: // STATE 262
		sv_restor();
		goto R999;
	case 132: // STATE 292
		sv_restor();
		goto R999;
	case 133: // STATE 313
		sv_restor();
		goto R999;
;
		;
			case 135: // STATE 361
		sv_restor();
		goto R999;
;
		;
		
	case 137: // STATE 370
		;
		now.rounds = trpt->bup.oval;
		;
		goto R999;
;
		;
			case 139: // STATE 380
		sv_restor();
		goto R999;
	case 140: // STATE 384
		sv_restor();
		goto R999;

	case 141: // STATE 398
		;
		now.lock = trpt->bup.oval;
		;
		goto R999;

	case 142: // STATE 401
		;
		((P1 *)_this)->g = trpt->bup.oval;
		;
		goto R999;
	case 143: // STATE 408
		sv_restor();
		goto R999;
;
		;
		;
		;
		
	case 146: // STATE 412
		;
		((P1 *)_this)->ok = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		
	case 149: // STATE 419
		;
		((P1 *)_this)->ok = trpt->bup.oval;
		;
		goto R999;

	case 150: // STATE 423
		;
		now.gpLock = trpt->bup.oval;
		;
		goto R999;

	case 151: // STATE 426
		;
		now.lock = trpt->bup.oval;
		;
		goto R999;

	case 152: // STATE 429
		;
	/* 1 */	((P1 *)_this)->ok = trpt->bup.ovals[1];
	/* 0 */	((P1 *)_this)->g = trpt->bup.ovals[0];
		;
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
	case 153: // STATE 458
		sv_restor();
		goto R999;
	case 154: // STATE 479
		sv_restor();
		goto R999;
	case 155: // STATE 509
		sv_restor();
		goto R999;
	case 156: // STATE 530
		sv_restor();
		goto R999;
;
		;
			case 158: // STATE 578
		sv_restor();
		goto R999;
	case 159: // STATE 588
		sv_restor();
		goto R999;
;
		
	case 160: // STATE 589
		goto R999;

	case 161: // STATE 595
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
		
	case 164: // STATE 4
		;
		now.bound[0] = trpt->bup.ovals[1];
		now.fo[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 165: // STATE 10
		;
	/* 0 */	((P0 *)_this)->e = trpt->bup.oval;
		;
		;
		goto R999;

	case 166: // STATE 13
		;
		((P0 *)_this)->mode = trpt->bup.ovals[2];
		((P0 *)_this)->vo = trpt->bup.ovals[1];
		((P0 *)_this)->e = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 167: // STATE 16
		;
		now.fo[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 168: // STATE 19
		;
		((P0 *)_this)->vo = trpt->bup.ovals[1];
		((P0 *)_this)->mode = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		
	case 169: // STATE 27
		goto R999;

	case 170: // STATE 21
		;
		((P0 *)_this)->mode = trpt->bup.oval;
		;
		goto R999;

	case 171: // STATE 24
		;
		((P0 *)_this)->vo = trpt->bup.ovals[1];
		((P0 *)_this)->mode = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 172: // STATE 29
		;
	/* 0 */	((P0 *)_this)->mode = trpt->bup.oval;
		;
		;
		goto R999;

	case 173: // STATE 38
		;
		((P0 *)_this)->so = trpt->bup.ovals[3];
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[2];
		now.ann[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.latCur[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 174: // STATE 38
		;
		((P0 *)_this)->so = trpt->bup.ovals[1];
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 175: // STATE 38
		;
		((P0 *)_this)->so = trpt->bup.ovals[1];
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 176: // STATE 42
		;
		now.latCur[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.lat[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 177: // STATE 48
		;
		((P0 *)_this)->vo = trpt->bup.oval;
		;
		goto R999;
;
		
	case 178: // STATE 52
		goto R999;

	case 179: // STATE 50
		;
		((P0 *)_this)->vo = trpt->bup.oval;
		;
		goto R999;

	case 180: // STATE 65
		;
	/* 0 */	((P0 *)_this)->e = trpt->bup.oval;
		;
		;
		goto R999;

	case 181: // STATE 66
		;
	/* 0 */	((P0 *)_this)->so = trpt->bup.oval;
		;
		;
		goto R999;

	case 182: // STATE 67
		;
		now.fo[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 183: // STATE 69
		;
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;
;
		
	case 184: // STATE 74
		goto R999;

	case 185: // STATE 72
		;
		now.ann[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 186: // STATE 77
		;
		now.chk[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 187: // STATE 80
		;
		now.pst[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.pstCur[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		
	case 188: // STATE 84
		goto R999;
;
		
	case 189: // STATE 82
		goto R999;
;
		
	case 190: // STATE 88
		goto R999;
;
		
	case 191: // STATE 86
		goto R999;

	case 192: // STATE 92
		;
		now.fo[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 194: // STATE 99
		;
		now.bound[1] = trpt->bup.ovals[1];
		now.fin[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 195: // STATE 105
		;
	/* 0 */	((P0 *)_this)->e = trpt->bup.oval;
		;
		;
		goto R999;

	case 196: // STATE 108
		;
		((P0 *)_this)->mode = trpt->bup.ovals[2];
		((P0 *)_this)->vi = trpt->bup.ovals[1];
		((P0 *)_this)->e = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 197: // STATE 111
		;
		now.fin[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 198: // STATE 114
		;
		((P0 *)_this)->vi = trpt->bup.ovals[1];
		((P0 *)_this)->mode = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		
	case 199: // STATE 122
		goto R999;

	case 200: // STATE 116
		;
		((P0 *)_this)->mode = trpt->bup.oval;
		;
		goto R999;

	case 201: // STATE 119
		;
		((P0 *)_this)->vi = trpt->bup.ovals[1];
		((P0 *)_this)->mode = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 202: // STATE 124
		;
	/* 0 */	((P0 *)_this)->mode = trpt->bup.oval;
		;
		;
		goto R999;

	case 203: // STATE 133
		;
		((P0 *)_this)->si = trpt->bup.ovals[3];
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[2];
		now.ann[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.latCur[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 204: // STATE 133
		;
		((P0 *)_this)->si = trpt->bup.ovals[1];
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 205: // STATE 133
		;
		((P0 *)_this)->si = trpt->bup.ovals[1];
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 206: // STATE 137
		;
		now.latCur[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.lat[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 207: // STATE 143
		;
		((P0 *)_this)->vi = trpt->bup.oval;
		;
		goto R999;
;
		
	case 208: // STATE 147
		goto R999;

	case 209: // STATE 145
		;
		((P0 *)_this)->vi = trpt->bup.oval;
		;
		goto R999;

	case 210: // STATE 160
		;
	/* 0 */	((P0 *)_this)->e = trpt->bup.oval;
		;
		;
		goto R999;

	case 211: // STATE 161
		;
	/* 0 */	((P0 *)_this)->si = trpt->bup.oval;
		;
		;
		goto R999;

	case 212: // STATE 162
		;
		now.fin[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 213: // STATE 164
		;
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;
;
		
	case 214: // STATE 169
		goto R999;

	case 215: // STATE 167
		;
		now.ann[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 216: // STATE 172
		;
		now.chk[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 217: // STATE 175
		;
		now.pst[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.pstCur[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		
	case 218: // STATE 179
		goto R999;
;
		
	case 219: // STATE 177
		goto R999;
;
		
	case 220: // STATE 183
		goto R999;
;
		
	case 221: // STATE 181
		goto R999;

	case 222: // STATE 187
		;
		now.fin[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 223: // STATE 191
		;
	/* 0 */	((P0 *)_this)->so = trpt->bup.oval;
		;
		;
		goto R999;

	case 224: // STATE 192
		;
		now.fo[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 225: // STATE 194
		;
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;
;
		
	case 226: // STATE 199
		goto R999;

	case 227: // STATE 197
		;
		now.ann[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 228: // STATE 202
		;
		now.chk[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 229: // STATE 205
		;
		now.pst[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.pstCur[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		
	case 230: // STATE 209
		goto R999;
;
		
	case 231: // STATE 207
		goto R999;
;
		
	case 232: // STATE 213
		goto R999;
;
		
	case 233: // STATE 211
		goto R999;

	case 234: // STATE 217
		;
		now.fo[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 236: // STATE 223
		;
	/* 0 */	((P0 *)_this)->si = trpt->bup.oval;
		;
		;
		goto R999;

	case 237: // STATE 224
		;
		now.fin[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 238: // STATE 226
		;
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;
;
		
	case 239: // STATE 231
		goto R999;

	case 240: // STATE 229
		;
		now.ann[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 241: // STATE 234
		;
		now.chk[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 242: // STATE 237
		;
		now.pst[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.pstCur[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		
	case 243: // STATE 241
		goto R999;
;
		
	case 244: // STATE 239
		goto R999;
;
		
	case 245: // STATE 245
		goto R999;
;
		
	case 246: // STATE 243
		goto R999;

	case 247: // STATE 249
		;
		now.fin[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 248: // STATE 252
		;
	/* 0 */	((P0 *)_this)->so = trpt->bup.oval;
		;
		;
		goto R999;

	case 249: // STATE 253
		;
		now.fo[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 250: // STATE 255
		;
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;
;
		
	case 251: // STATE 260
		goto R999;

	case 252: // STATE 258
		;
		now.ann[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.depth[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 253: // STATE 263
		;
		now.chk[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 254: // STATE 266
		;
		now.pst[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[1];
		now.pstCur[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		
	case 255: // STATE 270
		goto R999;
;
		
	case 256: // STATE 268
		goto R999;
;
		
	case 257: // STATE 274
		goto R999;
;
		
	case 258: // STATE 272
		goto R999;

	case 259: // STATE 278
		;
		now.fo[ Index(((P0 *)_this)->i, 2) ] = trpt->bup.oval;
		;
		goto R999;

	case 260: // STATE 291
		;
		((P0 *)_this)->n = trpt->bup.ovals[6];
		((P0 *)_this)->mode = trpt->bup.ovals[5];
		((P0 *)_this)->e = trpt->bup.ovals[4];
		((P0 *)_this)->si = trpt->bup.ovals[3];
		((P0 *)_this)->so = trpt->bup.ovals[2];
		((P0 *)_this)->vi = trpt->bup.ovals[1];
		((P0 *)_this)->vo = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 7);
		goto R999;
;
		;
		
	case 262: // STATE 299
		;
		now.running = trpt->bup.oval;
		;
		goto R999;

	case 263: // STATE 300
		;
		p_restor(II);
		;
		;
		goto R999;
	}

