#ifdef PEG
struct T_SRC {
	char *fl; int ln;
} T_SRC[NTRANS];

void
tr_2_src(int m, char *file, int ln)
{	T_SRC[m].fl = file;
	T_SRC[m].ln = ln;
}

void
putpeg(int n, int m)
{	printf("%5d	trans %4d ", m, n);
	printf("%s:%d\n",
		T_SRC[n].fl, T_SRC[n].ln);
}
#endif

void
settable(void)
{	Trans *T;
	Trans *settr(int, int, int, int, int, char *, int, int, int);

	trans = (Trans ***) emalloc(6*sizeof(Trans **));

	/* proctype 4: Monitor */

	trans[4] = (Trans **) emalloc(4*sizeof(Trans *));

	trans[4][1]	= settr(1682,0,2,3,0,"(((((opsRunning==0)&&(running==0))&&(tpatch==0))&&!(lock)))", 1, 2, 0);
	trans[4][2]	= settr(1683,0,3,4,0,"assert((pending==0))", 1, 2, 0);
	trans[4][3]	= settr(1684,0,0,5,5,"-end-", 0, 3500, 0);

	/* proctype 3: :init: */

	trans[3] = (Trans **) emalloc(30*sizeof(Trans *));

	T = trans[ 3][28] = settr(1680,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(1680,2,1,0,0,"ATOMIC", 1, 2, 0);
	trans[3][1]	= settr(1653,2,22,6,6,"bound[0] = 1", 1, 2, 0); /* m: 2 -> 0,22 */
	reached3[2] = 1;
	trans[3][2]	= settr(0,0,0,0,0,"bound[1] = 1",0,0,0);
	trans[3][3]	= settr(0,0,0,0,0,"loaded[1] = 1",0,0,0);
	trans[3][4]	= settr(0,0,0,0,0,"loaded[2] = 1",0,0,0);
	trans[3][5]	= settr(0,0,0,0,0,"on[1] = 1",0,0,0);
	trans[3][6]	= settr(0,0,0,0,0,"on[2] = 1",0,0,0);
	trans[3][7]	= settr(0,0,0,0,0,"stk[0] = 1",0,0,0);
	trans[3][8]	= settr(0,0,0,0,0,"sz[0] = 1",0,0,0);
	trans[3][9]	= settr(0,0,0,0,0,"stk[2] = 1",0,0,0);
	trans[3][10]	= settr(0,0,0,0,0,"stk[3] = 2",0,0,0);
	trans[3][11]	= settr(0,0,0,0,0,"sz[1] = 2",0,0,0);
	trans[3][12]	= settr(0,0,0,0,0,"settled[0] = 1",0,0,0);
	trans[3][13]	= settr(0,0,0,0,0,"settled[1] = 1",0,0,0);
	trans[3][14]	= settr(0,0,0,0,0,"running = 2",0,0,0);
	trans[3][15]	= settr(0,0,0,0,0,"opsRunning = 1",0,0,0);
	trans[3][16]	= settr(0,0,0,0,0,"k = 0",0,0,0);
	trans[3][23]	= settr(1675,2,22,1,0,".(goto)", 1, 2, 0);
	T = trans[3][22] = settr(1674,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(1674,2,17,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(1674,2,20,0,0,"DO", 1, 2, 0);
	trans[3][17]	= settr(1669,2,18,7,0,"((k<2))", 1, 2, 0);
	trans[3][18]	= settr(1670,2,19,8,8,"(run Thread(k))", 1, 2, 0);
	trans[3][19]	= settr(1671,2,22,9,9,"k = (k+1)", 1, 2, 0);
	trans[3][20]	= settr(1672,2,25,2,0,"else", 1, 2, 0);
	trans[3][21]	= settr(1673,2,25,1,0,"goto :b2", 1, 2, 0);
	trans[3][24]	= settr(1676,2,25,1,0,"break", 1, 2, 0);
	trans[3][25]	= settr(1677,2,26,10,10,"(run Driver())", 1, 2, 0);
	trans[3][26]	= settr(1678,2,27,11,11,"(run Operator())", 1, 2, 0);
	trans[3][27]	= settr(1679,0,29,12,12,"(run Monitor())", 1, 2, 0);
	trans[3][29]	= settr(1681,0,0,13,13,"-end-", 0, 3500, 0);

	/* proctype 2: Operator */

	trans[2] = (Trans **) emalloc(759*sizeof(Trans *));

	T = trans[ 2][102] = settr(996,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(996,0,4,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][4] = settr(898,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(898,0,3,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][3] = settr(897,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(897,2,1,0,0,"ATOMIC", 1, 2, 0);
	trans[2][1]	= settr(895,4,98,14,14,"(!(lock))", 1, 2, 0); /* m: 2 -> 98,0 */
	reached2[2] = 1;
	trans[2][2]	= settr(0,0,0,0,0,"lock = 1",0,0,0);
	T = trans[2][98] = settr(992,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(992,0,5,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(992,0,18,0,0,"IF", 0, 2, 0);
	trans[2][5]	= settr(899,0,6,15,0,"((((tpatch==1)&&(wtgt==1))&&!(completing)))", 1, 2, 0);
	trans[2][6]	= settr(900,0,17,16,16,"pending = (pending+1)", 1, 2, 0);
	T = trans[ 2][17] = settr(911,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(911,0,11,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][11]	= settr(905,32,16,17,17,"D_STEP219", 1, 2, 0);
	T = trans[ 2][16] = settr(910,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(910,0,15,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][15]	= settr(909,32,101,18,18,"D_STEP182", 1, 2, 0);
	trans[2][99]	= settr(993,0,101,1,0,".(goto)", 0, 2, 0);
	trans[2][18]	= settr(912,0,96,2,0,"else", 0, 2, 0);
	T = trans[2][96] = settr(990,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(990,0,19,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(990,0,94,0,0,"IF", 0, 2, 0);
	trans[2][19]	= settr(913,0,93,19,0,"((((loaded[1]&&!(loading[1]))&&on[1])&&(tpatch==0)))", 1, 2, 0);
	T = trans[ 2][93] = settr(987,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(987,0,41,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][41] = settr(935,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(935,0,40,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][40]	= settr(934,32,65,20,20,"D_STEP168", 1, 2, 0);
	T = trans[2][65] = settr(959,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(959,0,42,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(959,0,63,0,0,"IF", 0, 2, 0);
	trans[2][42]	= settr(936,0,62,21,0,"(((1==1)||(0==1)))", 0, 2, 0);
	T = trans[ 2][62] = settr(956,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(956,0,60,0,0,"sub-sequence", 0, 2, 0);
	T = trans[2][60] = settr(954,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(954,0,43,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(954,0,58,0,0,"IF", 0, 2, 0);
	trans[2][43]	= settr(937,0,57,22,0,"(((sz[0]>0)&&(stk[(((2*0)+sz[0])-1)]==1)))", 1, 2, 0);
	T = trans[ 2][57] = settr(951,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(951,0,56,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][56]	= settr(950,32,86,23,23,"D_STEP146", 1, 2, 0);
	trans[2][61]	= settr(955,0,86,1,0,".(goto)", 0, 2, 0);
	trans[2][58]	= settr(952,0,59,2,0,"else", 0, 2, 0);
	trans[2][59]	= settr(953,0,86,1,0,"(1)", 0, 2, 0);
	trans[2][66]	= settr(960,0,86,1,0,".(goto)", 0, 2, 0);
	trans[2][63]	= settr(957,0,64,2,0,"else", 0, 2, 0);
	trans[2][64]	= settr(958,0,86,1,0,"(1)", 0, 2, 0);
	T = trans[ 2][86] = settr(980,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(980,0,84,0,0,"sub-sequence", 0, 2, 0);
	T = trans[2][84] = settr(978,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(978,0,67,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(978,0,82,0,0,"IF", 0, 2, 0);
	trans[2][67]	= settr(961,0,81,24,0,"(((sz[1]>0)&&(stk[(((2*1)+sz[1])-1)]==1)))", 1, 2, 0);
	T = trans[ 2][81] = settr(975,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(975,0,80,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][80]	= settr(974,32,87,25,25,"D_STEP146", 1, 2, 0);
	trans[2][85]	= settr(979,0,87,1,0,".(goto)", 0, 2, 0);
	trans[2][82]	= settr(976,0,83,2,0,"else", 0, 2, 0);
	trans[2][83]	= settr(977,0,87,1,0,"(1)", 0, 2, 0);
	trans[2][87]	= settr(981,0,92,26,26,"on[1] = 0", 1, 2, 0);
	T = trans[ 2][92] = settr(986,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(986,0,91,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][91]	= settr(985,32,101,27,27,"D_STEP182", 1, 2, 0);
	trans[2][97]	= settr(991,0,101,1,0,".(goto)", 0, 2, 0);
	trans[2][94]	= settr(988,0,95,2,0,"else", 0, 2, 0);
	trans[2][95]	= settr(989,0,101,1,0,"(1)", 0, 2, 0);
	T = trans[ 2][101] = settr(995,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(995,0,100,0,0,"sub-sequence", 0, 2, 0);
	trans[2][100]	= settr(994,0,196,28,28,"lock = 0", 1, 2, 0);
	T = trans[2][196] = settr(1090,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1090,0,194,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1090,0,195,0,0,"IF", 0, 2, 0);
	T = trans[ 2][194] = settr(1088,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1088,0,106,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][106] = settr(1000,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1000,0,105,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][105] = settr(999,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(999,2,103,0,0,"ATOMIC", 1, 2, 0);
	trans[2][103]	= settr(997,4,190,29,29,"(!(lock))", 1, 2, 0); /* m: 104 -> 190,0 */
	reached2[104] = 1;
	trans[2][104]	= settr(0,0,0,0,0,"lock = 1",0,0,0);
	T = trans[2][190] = settr(1084,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1084,0,107,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1084,0,120,0,0,"IF", 0, 2, 0);
	trans[2][107]	= settr(1001,0,108,30,0,"((((tpatch==1)&&(wtgt==0))&&!(completing)))", 1, 2, 0);
	trans[2][108]	= settr(1002,0,119,31,31,"pending = (pending+1)", 1, 2, 0);
	T = trans[ 2][119] = settr(1013,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1013,0,113,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][113]	= settr(1007,32,118,32,32,"D_STEP219", 1, 2, 0);
	T = trans[ 2][118] = settr(1012,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1012,0,117,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][117]	= settr(1011,32,193,33,33,"D_STEP182", 1, 2, 0);
	trans[2][191]	= settr(1085,0,193,1,0,".(goto)", 0, 2, 0);
	trans[2][120]	= settr(1014,0,188,2,0,"else", 0, 2, 0);
	T = trans[2][188] = settr(1082,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1082,0,121,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1082,0,186,0,0,"IF", 0, 2, 0);
	trans[2][121]	= settr(1015,0,185,34,0,"((((loaded[1]&&!(loading[1]))&&!(on[1]))&&(tpatch==0)))", 1, 2, 0);
	T = trans[ 2][185] = settr(1079,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1079,0,143,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][143] = settr(1037,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1037,0,142,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][142]	= settr(1036,32,161,35,35,"D_STEP168", 1, 2, 0);
	T = trans[2][161] = settr(1055,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1055,0,144,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1055,0,159,0,0,"IF", 0, 2, 0);
	trans[2][144]	= settr(1038,0,158,36,0,"(((1==1)||(0==1)))", 0, 2, 0);
	T = trans[ 2][158] = settr(1052,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1052,0,157,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][157]	= settr(1051,32,176,37,37,"D_STEP146", 1, 2, 0);
	trans[2][162]	= settr(1056,0,176,1,0,".(goto)", 0, 2, 0);
	trans[2][159]	= settr(1053,0,160,2,0,"else", 0, 2, 0);
	trans[2][160]	= settr(1054,0,176,1,0,"(1)", 0, 2, 0);
	T = trans[ 2][176] = settr(1070,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1070,0,175,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][175]	= settr(1069,32,179,38,38,"D_STEP146", 1, 2, 0);
/*->*/	trans[2][179]	= settr(1073,32,184,39,39,"D_STEP191", 1, 2, 0);
	T = trans[ 2][184] = settr(1078,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1078,0,183,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][183]	= settr(1077,32,193,40,40,"D_STEP182", 1, 2, 0);
	trans[2][189]	= settr(1083,0,193,1,0,".(goto)", 0, 2, 0);
	trans[2][186]	= settr(1080,0,187,2,0,"else", 0, 2, 0);
	trans[2][187]	= settr(1081,0,193,1,0,"(1)", 0, 2, 0);
	T = trans[ 2][193] = settr(1087,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1087,0,192,0,0,"sub-sequence", 0, 2, 0);
	trans[2][192]	= settr(1086,0,198,41,41,"lock = 0", 1, 2, 0);
	trans[2][197]	= settr(1091,0,198,1,0,".(goto)", 0, 2, 0);
	trans[2][195]	= settr(1089,0,198,1,0,"(1)", 0, 2, 0);
	trans[2][198]	= settr(1092,0,300,42,0,"((tpatch==0))", 1, 2, 0);
	T = trans[ 2][300] = settr(1194,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1194,0,202,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][202] = settr(1096,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1096,0,201,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][201] = settr(1095,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(1095,2,199,0,0,"ATOMIC", 1, 2, 0);
	trans[2][199]	= settr(1093,4,296,43,43,"(!(lock))", 1, 2, 0); /* m: 200 -> 296,0 */
	reached2[200] = 1;
	trans[2][200]	= settr(0,0,0,0,0,"lock = 1",0,0,0);
	T = trans[2][296] = settr(1190,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1190,0,203,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1190,0,216,0,0,"IF", 0, 2, 0);
	trans[2][203]	= settr(1097,0,204,44,0,"((((tpatch==2)&&(wtgt==1))&&!(completing)))", 1, 2, 0);
	trans[2][204]	= settr(1098,0,215,45,45,"pending = (pending+1)", 1, 2, 0);
	T = trans[ 2][215] = settr(1109,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1109,0,209,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][209]	= settr(1103,32,214,46,46,"D_STEP219", 1, 2, 0);
	T = trans[ 2][214] = settr(1108,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1108,0,213,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][213]	= settr(1107,32,299,47,47,"D_STEP182", 1, 2, 0);
	trans[2][297]	= settr(1191,0,299,1,0,".(goto)", 0, 2, 0);
	trans[2][216]	= settr(1110,0,294,2,0,"else", 0, 2, 0);
	T = trans[2][294] = settr(1188,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1188,0,217,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1188,0,292,0,0,"IF", 0, 2, 0);
	trans[2][217]	= settr(1111,0,291,48,0,"((((loaded[2]&&!(loading[2]))&&on[2])&&(tpatch==0)))", 1, 2, 0);
	T = trans[ 2][291] = settr(1185,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1185,0,239,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][239] = settr(1133,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1133,0,238,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][238]	= settr(1132,32,263,49,49,"D_STEP168", 1, 2, 0);
	T = trans[2][263] = settr(1157,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1157,0,240,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1157,0,261,0,0,"IF", 0, 2, 0);
	trans[2][240]	= settr(1134,0,260,50,0,"(((2==1)||(0==1)))", 0, 2, 0);
	T = trans[ 2][260] = settr(1154,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1154,0,258,0,0,"sub-sequence", 0, 2, 0);
	T = trans[2][258] = settr(1152,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1152,0,241,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1152,0,256,0,0,"IF", 0, 2, 0);
	trans[2][241]	= settr(1135,0,255,51,0,"(((sz[0]>0)&&(stk[(((2*0)+sz[0])-1)]==2)))", 1, 2, 0);
	T = trans[ 2][255] = settr(1149,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1149,0,254,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][254]	= settr(1148,32,284,52,52,"D_STEP146", 1, 2, 0);
	trans[2][259]	= settr(1153,0,284,1,0,".(goto)", 0, 2, 0);
	trans[2][256]	= settr(1150,0,257,2,0,"else", 0, 2, 0);
	trans[2][257]	= settr(1151,0,284,1,0,"(1)", 0, 2, 0);
	trans[2][264]	= settr(1158,0,284,1,0,".(goto)", 0, 2, 0);
	trans[2][261]	= settr(1155,0,262,2,0,"else", 0, 2, 0);
	trans[2][262]	= settr(1156,0,284,1,0,"(1)", 0, 2, 0);
	T = trans[ 2][284] = settr(1178,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1178,0,282,0,0,"sub-sequence", 0, 2, 0);
	T = trans[2][282] = settr(1176,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1176,0,265,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1176,0,280,0,0,"IF", 0, 2, 0);
	trans[2][265]	= settr(1159,0,279,53,0,"(((sz[1]>0)&&(stk[(((2*1)+sz[1])-1)]==2)))", 1, 2, 0);
	T = trans[ 2][279] = settr(1173,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1173,0,278,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][278]	= settr(1172,32,285,54,54,"D_STEP146", 1, 2, 0);
	trans[2][283]	= settr(1177,0,285,1,0,".(goto)", 0, 2, 0);
	trans[2][280]	= settr(1174,0,281,2,0,"else", 0, 2, 0);
	trans[2][281]	= settr(1175,0,285,1,0,"(1)", 0, 2, 0);
	trans[2][285]	= settr(1179,0,290,55,55,"on[2] = 0", 1, 2, 0);
	T = trans[ 2][290] = settr(1184,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1184,0,289,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][289]	= settr(1183,32,299,56,56,"D_STEP182", 1, 2, 0);
	trans[2][295]	= settr(1189,0,299,1,0,".(goto)", 0, 2, 0);
	trans[2][292]	= settr(1186,0,293,2,0,"else", 0, 2, 0);
	trans[2][293]	= settr(1187,0,299,1,0,"(1)", 0, 2, 0);
	T = trans[ 2][299] = settr(1193,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1193,0,298,0,0,"sub-sequence", 0, 2, 0);
	trans[2][298]	= settr(1192,0,301,57,57,"lock = 0", 1, 2, 0);
	trans[2][301]	= settr(1195,0,755,58,0,"((tpatch==0))", 1, 2, 0);
	T = trans[2][755] = settr(1649,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1649,0,403,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1649,0,753,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1649,0,754,0,0,"IF", 0, 2, 0);
	T = trans[ 2][403] = settr(1297,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1297,0,305,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][305] = settr(1199,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1199,0,304,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][304] = settr(1198,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(1198,2,302,0,0,"ATOMIC", 1, 2, 0);
	trans[2][302]	= settr(1196,4,399,59,59,"(!(lock))", 1, 2, 0); /* m: 303 -> 399,0 */
	reached2[303] = 1;
	trans[2][303]	= settr(0,0,0,0,0,"lock = 1",0,0,0);
	T = trans[2][399] = settr(1293,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1293,0,306,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1293,0,319,0,0,"IF", 0, 2, 0);
	trans[2][306]	= settr(1200,0,307,60,0,"((((tpatch==1)&&(wtgt==1))&&!(completing)))", 1, 2, 0);
	trans[2][307]	= settr(1201,0,318,61,61,"pending = (pending+1)", 1, 2, 0);
	T = trans[ 2][318] = settr(1212,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1212,0,312,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][312]	= settr(1206,32,317,62,62,"D_STEP219", 1, 2, 0);
	T = trans[ 2][317] = settr(1211,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1211,0,316,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][316]	= settr(1210,32,402,63,63,"D_STEP182", 1, 2, 0);
	trans[2][400]	= settr(1294,0,402,1,0,".(goto)", 0, 2, 0);
	trans[2][319]	= settr(1213,0,397,2,0,"else", 0, 2, 0);
	T = trans[2][397] = settr(1291,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1291,0,320,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1291,0,395,0,0,"IF", 0, 2, 0);
	trans[2][320]	= settr(1214,0,394,64,0,"((((loaded[1]&&!(loading[1]))&&on[1])&&(tpatch==0)))", 1, 2, 0);
	T = trans[ 2][394] = settr(1288,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1288,0,342,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][342] = settr(1236,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1236,0,341,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][341]	= settr(1235,32,366,65,65,"D_STEP168", 1, 2, 0);
	T = trans[2][366] = settr(1260,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1260,0,343,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1260,0,364,0,0,"IF", 0, 2, 0);
	trans[2][343]	= settr(1237,0,363,66,0,"(((1==1)||(0==1)))", 0, 2, 0);
	T = trans[ 2][363] = settr(1257,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1257,0,361,0,0,"sub-sequence", 0, 2, 0);
	T = trans[2][361] = settr(1255,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1255,0,344,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1255,0,359,0,0,"IF", 0, 2, 0);
	trans[2][344]	= settr(1238,0,358,67,0,"(((sz[0]>0)&&(stk[(((2*0)+sz[0])-1)]==1)))", 1, 2, 0);
	T = trans[ 2][358] = settr(1252,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1252,0,357,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][357]	= settr(1251,32,387,68,68,"D_STEP146", 1, 2, 0);
	trans[2][362]	= settr(1256,0,387,1,0,".(goto)", 0, 2, 0);
	trans[2][359]	= settr(1253,0,360,2,0,"else", 0, 2, 0);
	trans[2][360]	= settr(1254,0,387,1,0,"(1)", 0, 2, 0);
	trans[2][367]	= settr(1261,0,387,1,0,".(goto)", 0, 2, 0);
	trans[2][364]	= settr(1258,0,365,2,0,"else", 0, 2, 0);
	trans[2][365]	= settr(1259,0,387,1,0,"(1)", 0, 2, 0);
	T = trans[ 2][387] = settr(1281,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1281,0,385,0,0,"sub-sequence", 0, 2, 0);
	T = trans[2][385] = settr(1279,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1279,0,368,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1279,0,383,0,0,"IF", 0, 2, 0);
	trans[2][368]	= settr(1262,0,382,69,0,"(((sz[1]>0)&&(stk[(((2*1)+sz[1])-1)]==1)))", 1, 2, 0);
	T = trans[ 2][382] = settr(1276,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1276,0,381,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][381]	= settr(1275,32,388,70,70,"D_STEP146", 1, 2, 0);
	trans[2][386]	= settr(1280,0,388,1,0,".(goto)", 0, 2, 0);
	trans[2][383]	= settr(1277,0,384,2,0,"else", 0, 2, 0);
	trans[2][384]	= settr(1278,0,388,1,0,"(1)", 0, 2, 0);
	trans[2][388]	= settr(1282,0,393,71,71,"on[1] = 0", 1, 2, 0);
	T = trans[ 2][393] = settr(1287,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1287,0,392,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][392]	= settr(1286,32,402,72,72,"D_STEP182", 1, 2, 0);
	trans[2][398]	= settr(1292,0,402,1,0,".(goto)", 0, 2, 0);
	trans[2][395]	= settr(1289,0,396,2,0,"else", 0, 2, 0);
	trans[2][396]	= settr(1290,0,402,1,0,"(1)", 0, 2, 0);
	T = trans[ 2][402] = settr(1296,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1296,0,401,0,0,"sub-sequence", 0, 2, 0);
	trans[2][401]	= settr(1295,0,757,73,73,"lock = 0", 1, 2, 0);
	trans[2][756]	= settr(1650,0,757,1,0,".(goto)", 0, 2, 0);
	T = trans[ 2][753] = settr(1647,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1647,0,407,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][407] = settr(1301,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1301,0,406,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][406] = settr(1300,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(1300,2,404,0,0,"ATOMIC", 1, 2, 0);
	trans[2][404]	= settr(1298,4,749,74,74,"(!(lock))", 1, 2, 0); /* m: 405 -> 749,0 */
	reached2[405] = 1;
	trans[2][405]	= settr(0,0,0,0,0,"lock = 1",0,0,0);
	T = trans[2][749] = settr(1643,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1643,0,408,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1643,0,747,0,0,"IF", 0, 2, 0);
	trans[2][408]	= settr(1302,0,412,75,0,"((tpatch==2))", 1, 2, 0);
/*->*/	trans[2][412]	= settr(1306,32,746,76,76,"D_STEP519", 1, 2, 0);
	T = trans[ 2][746] = settr(1640,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1640,0,413,0,0,"sub-sequence", 0, 2, 0);
	trans[2][413]	= settr(1307,0,744,77,77,"wall = 1", 1, 2, 0);
	T = trans[2][744] = settr(1638,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1638,0,414,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1638,0,565,0,0,"IF", 0, 2, 0);
	trans[2][414]	= settr(1308,0,564,78,0,"(tforced)", 1, 2, 0);
	T = trans[ 2][564] = settr(1458,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1458,0,465,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][465] = settr(1359,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1359,0,443,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][443]	= settr(1337,32,464,79,79,"D_STEP259", 1, 2, 0);
/*->*/	trans[2][464]	= settr(1358,32,516,80,80,"D_STEP267", 1, 2, 0);
	T = trans[ 2][516] = settr(1410,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1410,0,494,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][494]	= settr(1388,32,515,81,81,"D_STEP259", 1, 2, 0);
/*->*/	trans[2][515]	= settr(1409,32,517,82,82,"D_STEP267", 1, 2, 0);
	trans[2][517]	= settr(1411,0,563,83,0,"assert((!(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1]))))", 1, 2, 0);
/*->*/	trans[2][563]	= settr(1457,32,752,84,84,"D_STEP280", 1, 2, 0);
	trans[2][745]	= settr(1639,0,752,1,0,".(goto)", 0, 2, 0);
	trans[2][565]	= settr(1459,0,587,2,0,"else", 0, 2, 0);
	T = trans[ 2][587] = settr(1481,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1481,0,571,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][571]	= settr(1465,32,578,85,85,"D_STEP237", 1, 2, 0);
	T = trans[ 2][578] = settr(1472,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1472,0,576,0,0,"sub-sequence", 0, 2, 0);
	T = trans[2][576] = settr(1470,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1470,0,572,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1470,0,574,0,0,"IF", 0, 2, 0);
	trans[2][572]	= settr(1466,0,573,86,0,"((ann[0]!=2))", 1, 2, 0);
	trans[2][573]	= settr(1467,0,585,1,0,"(1)", 0, 2, 0);
	trans[2][577]	= settr(1471,0,585,1,0,".(goto)", 0, 2, 0);
	trans[2][574]	= settr(1468,0,575,87,0,"((ann[0]==2))", 1, 2, 0);
	trans[2][575]	= settr(1469,0,585,88,88,"synced = 0", 1, 2, 0);
	T = trans[ 2][585] = settr(1479,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1479,0,583,0,0,"sub-sequence", 0, 2, 0);
	T = trans[2][583] = settr(1477,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1477,0,579,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1477,0,581,0,0,"IF", 0, 2, 0);
	trans[2][579]	= settr(1473,0,580,89,0,"((ann[1]!=2))", 1, 2, 0);
	trans[2][580]	= settr(1474,0,586,1,0,"(1)", 0, 2, 0);
	trans[2][584]	= settr(1478,0,586,1,0,".(goto)", 0, 2, 0);
	trans[2][581]	= settr(1475,0,582,90,0,"((ann[1]==2))", 1, 2, 0);
	trans[2][582]	= settr(1476,0,586,91,91,"synced = 0", 1, 2, 0);
	trans[2][586]	= settr(1480,0,742,92,92,"gpLock = 0", 1, 2, 0);
	T = trans[2][742] = settr(1636,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1636,0,588,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1636,0,591,0,0,"IF", 0, 2, 0);
	trans[2][588]	= settr(1482,0,589,93,0,"(!(synced))", 1, 2, 0);
	trans[2][589]	= settr(1483,0,590,94,94,"completing = 1", 1, 2, 0);
	trans[2][590]	= settr(1484,0,752,95,95,"synced = 0", 1, 2, 0);
	trans[2][743]	= settr(1637,0,752,1,0,".(goto)", 0, 2, 0);
	trans[2][591]	= settr(1485,0,741,2,0,"else", 0, 2, 0);
	T = trans[ 2][741] = settr(1635,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1635,0,642,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][642] = settr(1536,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1536,0,620,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][620]	= settr(1514,32,641,96,96,"D_STEP259", 1, 2, 0);
/*->*/	trans[2][641]	= settr(1535,32,693,97,97,"D_STEP267", 1, 2, 0);
	T = trans[ 2][693] = settr(1587,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1587,0,671,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][671]	= settr(1565,32,692,98,98,"D_STEP259", 1, 2, 0);
/*->*/	trans[2][692]	= settr(1586,32,694,99,99,"D_STEP267", 1, 2, 0);
	trans[2][694]	= settr(1588,0,740,100,0,"assert((!(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1]))))", 1, 2, 0);
/*->*/	trans[2][740]	= settr(1634,32,752,101,101,"D_STEP280", 1, 2, 0);
	trans[2][750]	= settr(1644,0,752,1,0,".(goto)", 0, 2, 0);
	trans[2][747]	= settr(1641,0,748,2,0,"else", 0, 2, 0);
	trans[2][748]	= settr(1642,0,752,1,0,"(1)", 0, 2, 0);
	T = trans[ 2][752] = settr(1646,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1646,0,751,0,0,"sub-sequence", 0, 2, 0);
	trans[2][751]	= settr(1645,0,757,102,102,"lock = 0", 1, 2, 0);
	trans[2][754]	= settr(1648,0,757,1,0,"(1)", 0, 2, 0);
	trans[2][757]	= settr(1651,0,758,103,103,"opsRunning = (opsRunning-1)", 1, 2, 0);
	trans[2][758]	= settr(1652,0,0,104,104,"-end-", 0, 3500, 0);

	/* proctype 1: Driver */

	trans[1] = (Trans **) emalloc(596*sizeof(Trans *));

	trans[1][593]	= settr(892,0,592,1,0,".(goto)", 0, 2, 0);
	T = trans[1][592] = settr(891,0,0,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(891,0,3,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(891,0,402,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(891,0,591,0,0,"DO", 0, 2, 0);
	T = trans[ 1][3] = settr(302,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(302,2,1,0,0,"ATOMIC", 1, 2, 0);
	trans[1][1]	= settr(300,4,396,105,105,"(((!(lock)&&(tpatch!=0))&&!(completing)))", 1, 2, 0); /* m: 2 -> 396,0 */
	reached1[2] = 1;
	trans[1][2]	= settr(0,0,0,0,0,"lock = 1",0,0,0);
	T = trans[1][396] = settr(695,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(695,0,4,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(695,0,394,0,0,"IF", 0, 2, 0);
	trans[1][4]	= settr(303,0,393,106,0,"(((tpatch!=0)&&!(completing)))", 1, 2, 0);
	T = trans[ 1][393] = settr(692,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(692,0,7,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][7]	= settr(306,32,31,107,107,"D_STEP312", 1, 2, 0);
/*->*/	trans[1][31]	= settr(330,32,391,108,108,"D_STEP316", 1, 2, 0);
	T = trans[1][391] = settr(690,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(690,0,32,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(690,0,368,0,0,"IF", 0, 2, 0);
	trans[1][32]	= settr(331,0,33,109,0,"(all)", 1, 2, 0);
	trans[1][33]	= settr(332,0,367,110,110,"all = 0", 1, 2, 0);
	T = trans[ 1][367] = settr(666,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(666,0,34,0,0,"sub-sequence", 0, 2, 0);
	trans[1][34]	= settr(333,0,365,111,111,"wall = 1", 1, 2, 0);
	T = trans[1][365] = settr(664,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(664,0,35,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(664,0,186,0,0,"IF", 0, 2, 0);
	trans[1][35]	= settr(334,0,185,112,0,"(tforced)", 1, 2, 0);
	T = trans[ 1][185] = settr(484,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(484,0,86,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 1][86] = settr(385,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(385,0,64,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][64]	= settr(363,32,85,113,113,"D_STEP259", 1, 2, 0);
/*->*/	trans[1][85]	= settr(384,32,137,114,114,"D_STEP267", 1, 2, 0);
	T = trans[ 1][137] = settr(436,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(436,0,115,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][115]	= settr(414,32,136,115,115,"D_STEP259", 1, 2, 0);
/*->*/	trans[1][136]	= settr(435,32,138,116,116,"D_STEP267", 1, 2, 0);
	trans[1][138]	= settr(437,0,184,117,0,"assert((!(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1]))))", 1, 2, 0);
/*->*/	trans[1][184]	= settr(483,32,399,118,118,"D_STEP280", 1, 2, 0);
	trans[1][366]	= settr(665,0,399,1,0,".(goto)", 0, 2, 0);
	trans[1][186]	= settr(485,0,208,2,0,"else", 0, 2, 0);
	T = trans[ 1][208] = settr(507,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(507,0,192,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][192]	= settr(491,32,199,119,119,"D_STEP237", 1, 2, 0);
	T = trans[ 1][199] = settr(498,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(498,0,197,0,0,"sub-sequence", 0, 2, 0);
	T = trans[1][197] = settr(496,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(496,0,193,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(496,0,195,0,0,"IF", 0, 2, 0);
	trans[1][193]	= settr(492,0,194,120,0,"((ann[0]!=2))", 1, 2, 0);
	trans[1][194]	= settr(493,0,206,1,0,"(1)", 0, 2, 0);
	trans[1][198]	= settr(497,0,206,1,0,".(goto)", 0, 2, 0);
	trans[1][195]	= settr(494,0,196,121,0,"((ann[0]==2))", 1, 2, 0);
	trans[1][196]	= settr(495,0,206,122,122,"synced = 0", 1, 2, 0);
	T = trans[ 1][206] = settr(505,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(505,0,204,0,0,"sub-sequence", 0, 2, 0);
	T = trans[1][204] = settr(503,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(503,0,200,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(503,0,202,0,0,"IF", 0, 2, 0);
	trans[1][200]	= settr(499,0,201,123,0,"((ann[1]!=2))", 1, 2, 0);
	trans[1][201]	= settr(500,0,207,1,0,"(1)", 0, 2, 0);
	trans[1][205]	= settr(504,0,207,1,0,".(goto)", 0, 2, 0);
	trans[1][202]	= settr(501,0,203,124,0,"((ann[1]==2))", 1, 2, 0);
	trans[1][203]	= settr(502,0,207,125,125,"synced = 0", 1, 2, 0);
	trans[1][207]	= settr(506,0,363,126,126,"gpLock = 0", 1, 2, 0);
	T = trans[1][363] = settr(662,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(662,0,209,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(662,0,212,0,0,"IF", 0, 2, 0);
	trans[1][209]	= settr(508,0,210,127,0,"(!(synced))", 1, 2, 0);
	trans[1][210]	= settr(509,0,211,128,128,"completing = 1", 1, 2, 0);
	trans[1][211]	= settr(510,0,399,129,129,"synced = 0", 1, 2, 0);
	trans[1][364]	= settr(663,0,399,1,0,".(goto)", 0, 2, 0);
	trans[1][212]	= settr(511,0,362,2,0,"else", 0, 2, 0);
	T = trans[ 1][362] = settr(661,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(661,0,263,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 1][263] = settr(562,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(562,0,241,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][241]	= settr(540,32,262,130,130,"D_STEP259", 1, 2, 0);
/*->*/	trans[1][262]	= settr(561,32,314,131,131,"D_STEP267", 1, 2, 0);
	T = trans[ 1][314] = settr(613,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(613,0,292,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][292]	= settr(591,32,313,132,132,"D_STEP259", 1, 2, 0);
/*->*/	trans[1][313]	= settr(612,32,315,133,133,"D_STEP267", 1, 2, 0);
	trans[1][315]	= settr(614,0,361,134,0,"assert((!(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1]))))", 1, 2, 0);
/*->*/	trans[1][361]	= settr(660,32,399,135,135,"D_STEP280", 1, 2, 0);
	trans[1][392]	= settr(691,0,399,1,0,".(goto)", 0, 2, 0);
	trans[1][368]	= settr(667,0,373,2,0,"else", 0, 2, 0);
	T = trans[1][373] = settr(672,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(672,0,369,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(672,0,371,0,0,"IF", 0, 2, 0);
	trans[1][369]	= settr(668,0,370,136,0,"((rounds<2))", 1, 2, 0);
	trans[1][370]	= settr(669,0,389,137,137,"rounds = (rounds+1)", 1, 2, 0);
	trans[1][374]	= settr(673,0,389,1,0,".(goto)", 0, 2, 0);
	trans[1][371]	= settr(670,0,372,2,0,"else", 0, 2, 0);
	trans[1][372]	= settr(671,0,389,1,0,"(1)", 0, 2, 0);
	T = trans[1][389] = settr(688,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(688,0,375,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(688,0,387,0,0,"IF", 0, 2, 0);
	trans[1][375]	= settr(674,0,386,138,0,"(((rounds>=2)&&!(reversed)))", 1, 2, 0);
	T = trans[ 1][386] = settr(685,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(685,0,380,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][380]	= settr(679,32,385,139,139,"D_STEP219", 1, 2, 0);
	T = trans[ 1][385] = settr(684,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(684,0,384,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][384]	= settr(683,32,399,140,140,"D_STEP182", 1, 2, 0);
	trans[1][390]	= settr(689,0,399,1,0,".(goto)", 0, 2, 0);
	trans[1][387]	= settr(686,0,388,2,0,"else", 0, 2, 0);
	trans[1][388]	= settr(687,0,399,1,0,"(1)", 0, 2, 0);
	trans[1][397]	= settr(696,0,399,1,0,".(goto)", 0, 2, 0);
	trans[1][394]	= settr(693,0,395,2,0,"else", 0, 2, 0);
	trans[1][395]	= settr(694,0,399,1,0,"(1)", 0, 2, 0);
	T = trans[ 1][399] = settr(698,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(698,0,398,0,0,"sub-sequence", 0, 2, 0);
	trans[1][398]	= settr(697,0,592,141,141,"lock = 0", 1, 2, 0);
	T = trans[ 1][402] = settr(701,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(701,2,400,0,0,"ATOMIC", 1, 2, 0);
	trans[1][400]	= settr(699,4,424,142,142,"(((tpatch!=0)&&completing))", 1, 2, 0); /* m: 401 -> 424,0 */
	reached1[401] = 1;
	trans[1][401]	= settr(0,0,0,0,0,"g = tgen",0,0,0);
	T = trans[ 1][424] = settr(723,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(723,0,408,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][408]	= settr(707,32,415,143,143,"D_STEP237", 1, 2, 0);
	T = trans[ 1][415] = settr(714,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(714,0,413,0,0,"sub-sequence", 0, 2, 0);
	T = trans[1][413] = settr(712,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(712,0,409,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(712,0,411,0,0,"IF", 0, 2, 0);
	trans[1][409]	= settr(708,0,410,144,0,"((ann[0]!=2))", 1, 2, 0);
	trans[1][410]	= settr(709,0,422,1,0,"(1)", 0, 2, 0);
	trans[1][414]	= settr(713,0,422,1,0,".(goto)", 0, 2, 0);
	trans[1][411]	= settr(710,0,412,145,0,"((ann[0]==2))", 1, 2, 0);
	trans[1][412]	= settr(711,0,422,146,146,"ok = 0", 0, 2, 0);
	T = trans[ 1][422] = settr(721,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(721,0,420,0,0,"sub-sequence", 0, 2, 0);
	T = trans[1][420] = settr(719,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(719,0,416,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(719,0,418,0,0,"IF", 0, 2, 0);
	trans[1][416]	= settr(715,0,417,147,0,"((ann[1]!=2))", 1, 2, 0);
	trans[1][417]	= settr(716,0,423,1,0,"(1)", 0, 2, 0);
	trans[1][421]	= settr(720,0,423,1,0,".(goto)", 0, 2, 0);
	trans[1][418]	= settr(717,0,419,148,0,"((ann[1]==2))", 1, 2, 0);
	trans[1][419]	= settr(718,0,423,149,149,"ok = 0", 0, 2, 0);
	trans[1][423]	= settr(722,0,428,150,150,"gpLock = 0", 1, 2, 0);
	T = trans[ 1][428] = settr(727,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(727,0,427,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 1][427] = settr(726,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(726,2,425,0,0,"ATOMIC", 1, 2, 0);
	trans[1][425]	= settr(724,4,582,151,151,"(!(lock))", 1, 2, 0); /* m: 426 -> 582,0 */
	reached1[426] = 1;
	trans[1][426]	= settr(0,0,0,0,0,"lock = 1",0,0,0);
	T = trans[1][582] = settr(881,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(881,0,429,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(881,0,580,0,0,"IF", 0, 2, 0);
	trans[1][429]	= settr(728,0,579,152,152,"(((((tpatch!=0)&&completing)&&(tgen==g))&&ok))", 1, 2, 0);
	T = trans[ 1][579] = settr(878,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(878,0,480,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 1][480] = settr(779,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(779,0,458,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][458]	= settr(757,32,479,153,153,"D_STEP259", 1, 2, 0);
/*->*/	trans[1][479]	= settr(778,32,531,154,154,"D_STEP267", 1, 2, 0);
	T = trans[ 1][531] = settr(830,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(830,0,509,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][509]	= settr(808,32,530,155,155,"D_STEP259", 1, 2, 0);
/*->*/	trans[1][530]	= settr(829,32,532,156,156,"D_STEP267", 1, 2, 0);
	trans[1][532]	= settr(831,0,578,157,0,"assert((!(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1]))))", 1, 2, 0);
/*->*/	trans[1][578]	= settr(877,32,588,158,158,"D_STEP280", 1, 2, 0);
	trans[1][583]	= settr(882,0,588,1,0,".(goto)", 0, 2, 0);
	trans[1][580]	= settr(879,0,581,2,0,"else", 0, 2, 0);
	trans[1][581]	= settr(880,0,588,1,0,"(1)", 0, 2, 0);
/*->*/	trans[1][588]	= settr(887,32,592,159,159,"D_STEP486", 1, 2, 0);
	T = trans[ 1][591] = settr(890,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(890,2,589,0,0,"ATOMIC", 1, 2, 0);
	trans[1][589]	= settr(888,4,595,160,160,"(((opsRunning==0)&&(tpatch==0)))", 1, 2, 0); /* m: 590 -> 595,0 */
	reached1[590] = 1;
	trans[1][590]	= settr(889,0,595,1,0,"goto :b1", 1, 2, 0);
	trans[1][594]	= settr(893,0,595,1,0,"break", 0, 2, 0);
	trans[1][595]	= settr(894,0,0,161,161,"-end-", 0, 3500, 0);

	/* proctype 0: Thread */

	trans[0] = (Trans **) emalloc(301*sizeof(Trans *));

	trans[0][296]	= settr(295,0,295,1,0,".(goto)", 0, 2, 0);
	T = trans[0][295] = settr(294,0,0,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(294,0,1,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(294,0,293,0,0,"DO", 0, 2, 0);
	trans[0][1]	= settr(0,0,64,162,0,"((n<( ((i==0)) -> (2) : (1) )))", 0, 2, 0);
	T = trans[ 0][64] = settr(63,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(63,0,8,0,0,"sub-sequence", 0, 2, 0);
	T = trans[0][8] = settr(7,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(7,0,2,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(7,0,6,0,0,"IF", 0, 2, 0);
	trans[0][2]	= settr(1,0,5,163,0,"(!(bound[0]))", 1, 2, 0);
	T = trans[ 0][5] = settr(4,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(4,2,3,0,0,"ATOMIC", 1, 2, 0);
	trans[0][3]	= settr(2,0,62,164,164,"fo[i] = 1", 1, 2, 0); /* m: 4 -> 0,62 */
	reached0[4] = 1;
	trans[0][4]	= settr(0,0,0,0,0,"bound[0] = 1",0,0,0);
	trans[0][9]	= settr(8,0,62,1,0,".(goto)", 0, 2, 0);
	trans[0][6]	= settr(5,0,7,2,0,"else", 0, 2, 0);
	trans[0][7]	= settr(6,0,62,1,0,"(1)", 0, 2, 0);
	T = trans[0][62] = settr(61,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(61,0,10,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(61,0,15,0,0,"IF", 0, 2, 0);
	trans[0][10]	= settr(9,0,14,165,165,"((e==2))", 0, 2, 0);
	T = trans[ 0][14] = settr(13,2,0,0,0,"ATOMIC", 0, 2, 0);
	T->nxt	= settr(13,2,11,0,0,"ATOMIC", 0, 2, 0);
	trans[0][11]	= settr(10,0,283,166,166,"e = 0", 0, 2, 0); /* m: 12 -> 0,283 */
	reached0[12] = 1;
	trans[0][12]	= settr(0,0,0,0,0,"vo = 0",0,0,0);
	trans[0][13]	= settr(0,0,0,0,0,"mode = 0",0,0,0);
	trans[0][63]	= settr(62,0,283,1,0,".(goto)", 0, 2, 0);
	trans[0][15]	= settr(14,0,28,2,0,"else", 0, 2, 0);
	T = trans[ 0][28] = settr(27,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(27,2,16,0,0,"ATOMIC", 1, 2, 0);
	trans[0][16]	= settr(15,2,26,167,167,"fo[i] = 1", 1, 2, 0);
	T = trans[0][26] = settr(25,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(25,2,17,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(25,2,20,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(25,2,22,0,0,"IF", 1, 2, 0);
	trans[0][17]	= settr(16,4,60,168,168,"((sz[0]==0))", 1, 2, 0); /* m: 18 -> 60,0 */
	reached0[18] = 1;
	trans[0][18]	= settr(0,0,0,0,0,"mode = 0",0,0,0);
	trans[0][19]	= settr(0,0,0,0,0,"vo = 0",0,0,0);
	trans[0][27]	= settr(26,0,60,169,169,".(goto)", 1, 2, 0);
	trans[0][20]	= settr(19,4,60,170,170,"(((sz[0]>0)&&intr[0]))", 1, 2, 0); /* m: 21 -> 60,0 */
	reached0[21] = 1;
	trans[0][21]	= settr(0,0,0,0,0,"mode = 2",0,0,0);
	trans[0][22]	= settr(21,4,60,171,171,"(((sz[0]>0)&&!(intr[0])))", 1, 2, 0); /* m: 23 -> 60,0 */
	reached0[23] = 1;
	trans[0][23]	= settr(0,0,0,0,0,"mode = 1",0,0,0);
	trans[0][24]	= settr(0,0,0,0,0,"vo = stk[(((2*0)+sz[0])-1)]",0,0,0);
	trans[0][25]	= settr(0,0,0,0,0,"assert((forcedEver||((vo!=7)&&((vo==0)||(!(freed[vo])&&((!(pu[vo])||on[vo])||(tpatch==vo)))))))",0,0,0);
	T = trans[0][60] = settr(59,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(59,0,29,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(59,0,58,0,0,"IF", 0, 2, 0);
	trans[0][29]	= settr(28,0,39,172,172,"((mode==2))", 0, 2, 0);
	T = trans[ 0][39] = settr(38,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(38,2,35,0,0,"ATOMIC", 1, 2, 0);
	T = trans[0][35] = settr(34,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(34,2,30,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(34,2,33,0,0,"IF", 1, 2, 0);
	trans[0][30]	= settr(29,4,56,173,173,"((depth[i]==0))", 1, 2, 0); /* m: 31 -> 56,0 */
	reached0[31] = 1;
	trans[0][31]	= settr(0,0,0,0,0,"latCur[i] = 0",0,0,0);
	trans[0][32]	= settr(0,0,0,0,0,"ann[i] = 1",0,0,0);
	trans[0][36]	= settr(35,2,37,1,0,".(goto)", 1, 2, 0); /* m: 37 -> 0,56 */
	reached0[37] = 1;
	trans[0][33]	= settr(32,2,34,2,0,"else", 1, 2, 0);
	trans[0][34]	= settr(33,4,56,174,174,"(1)", 1, 2, 0); /* m: 37 -> 56,0 */
	reached0[37] = 1;
	trans[0][37]	= settr(36,4,56,175,175,"depth[i] = (depth[i]+1)", 1, 2, 0); /* m: 38 -> 0,56 */
	reached0[38] = 1;
	trans[0][38]	= settr(0,0,0,0,0,"so = 1",0,0,0);
	T = trans[0][56] = settr(55,0,0,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(55,0,55,0,0,"IF", 0, 2, 0);
	T = trans[ 0][55] = settr(54,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(54,2,54,0,0,"ATOMIC", 1, 2, 0);
	T = trans[ 0][54] = settr(53,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(53,0,45,0,0,"sub-sequence", 1, 2, 0);
	T = trans[0][45] = settr(44,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(44,2,40,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(44,2,43,0,0,"IF", 1, 2, 0);
	trans[0][40]	= settr(39,2,51,176,176,"(!(latCur[i]))", 1, 2, 0); /* m: 41 -> 51,0 */
	reached0[41] = 1;
	trans[0][41]	= settr(0,0,0,0,0,"lat[i] = ( (wall) -> (wtgt) : (( (pstCur[i]) -> (pst[i]) : (wbase) )) )",0,0,0);
	trans[0][42]	= settr(0,0,0,0,0,"latCur[i] = 1",0,0,0);
	trans[0][46]	= settr(45,2,51,1,0,".(goto)", 1, 2, 0);
	trans[0][43]	= settr(42,2,44,2,0,"else", 1, 2, 0);
	trans[0][44]	= settr(43,2,51,1,0,"(1)", 1, 2, 0);
	T = trans[0][51] = settr(50,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(50,2,47,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(50,2,49,0,0,"IF", 1, 2, 0);
	trans[0][47]	= settr(46,0,283,177,177,"(!(treqCur[0]))", 1, 2, 0); /* m: 48 -> 283,0 */
	reached0[48] = 1;
	trans[0][48]	= settr(0,0,0,0,0,"vo = ( ((settled[0]==1)) -> (tsTop[0]) : (tsBelow[0]) )",0,0,0);
	trans[0][52]	= settr(51,0,283,178,178,".(goto)", 1, 2, 0); /* m: 53 -> 0,283 */
	reached0[53] = 1;
	trans[0][49]	= settr(48,2,50,2,0,"else", 1, 2, 0);
	trans[0][50]	= settr(49,0,283,179,179,"vo = ( ((lat[i]==1)) -> (tsTop[0]) : (tsBelow[0]) )", 1, 2, 0); /* m: 52 -> 0,283 */
	reached0[52] = 1;
	trans[0][53]	= settr(0,0,0,0,0,"assert((forcedEver||((vo!=7)&&((vo==0)||(!(freed[vo])&&((!(pu[vo])||on[vo])||(tpatch==vo)))))))",0,0,0);
	trans[0][57]	= settr(56,0,283,1,0,".(goto)", 0, 2, 0);
	trans[0][61]	= settr(60,0,283,1,0,".(goto)", 0, 2, 0);
	trans[0][58]	= settr(57,0,59,2,0,"else", 0, 2, 0);
	trans[0][59]	= settr(58,0,283,1,0,"(1)", 0, 2, 0);
	T = trans[0][283] = settr(282,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(282,0,65,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(282,0,96,0,0,"IF", 0, 2, 0);
	trans[0][65]	= settr(64,0,95,180,180,"(e)", 0, 2, 0);
	T = trans[ 0][95] = settr(94,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(94,0,93,0,0,"sub-sequence", 0, 2, 0);
	T = trans[0][93] = settr(92,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(92,0,66,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(92,0,91,0,0,"IF", 0, 2, 0);
	trans[0][66]	= settr(65,0,90,181,181,"(so)", 0, 2, 0);
	T = trans[ 0][90] = settr(89,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(89,0,75,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 0][75] = settr(74,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(74,2,67,0,0,"ATOMIC", 1, 2, 0);
	trans[0][67]	= settr(66,2,73,182,182,"fo[i] = 0", 1, 2, 0);
	T = trans[0][73] = settr(72,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(72,2,68,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(72,2,70,0,0,"IF", 1, 2, 0);
	trans[0][68]	= settr(67,4,89,183,183,"((depth[i]>1))", 1, 2, 0); /* m: 69 -> 89,0 */
	reached0[69] = 1;
	trans[0][69]	= settr(0,0,0,0,0,"depth[i] = (depth[i]-1)",0,0,0);
	trans[0][74]	= settr(73,0,89,184,184,".(goto)", 1, 2, 0);
	trans[0][70]	= settr(69,4,89,185,185,"((depth[i]==1))", 1, 2, 0); /* m: 71 -> 89,0 */
	reached0[71] = 1;
	trans[0][71]	= settr(0,0,0,0,0,"depth[i] = 0",0,0,0);
	trans[0][72]	= settr(0,0,0,0,0,"ann[i] = 0",0,0,0);
	T = trans[ 0][89] = settr(88,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(88,2,87,0,0,"ATOMIC", 1, 2, 0);
	T = trans[0][87] = settr(86,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(86,2,76,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(86,2,85,0,0,"IF", 1, 2, 0);
	trans[0][76]	= settr(75,2,83,186,186,"(((depth[i]==0)&&chk[i]))", 1, 2, 0); /* m: 77 -> 83,0 */
	reached0[77] = 1;
	trans[0][77]	= settr(0,0,0,0,0,"chk[i] = 0",0,0,0);
	T = trans[0][83] = settr(82,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(82,2,78,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(82,2,81,0,0,"IF", 1, 2, 0);
	trans[0][78]	= settr(77,0,292,187,187,"((((selfCheck&&!(wall))&&(( (pstCur[i]) -> (pst[i]) : (wbase) )!=wtgt))&&!((fo[i]&&chg[0]))))", 1, 2, 0); /* m: 79 -> 292,0 */
	reached0[79] = 1;
	trans[0][79]	= settr(0,0,0,0,0,"pstCur[i] = 1",0,0,0);
	trans[0][80]	= settr(0,0,0,0,0,"pst[i] = wtgt",0,0,0);
	trans[0][84]	= settr(83,0,292,188,188,".(goto)", 1, 2, 0); /* m: 88 -> 0,292 */
	reached0[88] = 1;
	trans[0][81]	= settr(80,2,82,2,0,"else", 1, 2, 0);
	trans[0][82]	= settr(81,0,292,189,189,"(1)", 1, 2, 0); /* m: 84 -> 292,0 */
	reached0[84] = 1;
	trans[0][88]	= settr(87,0,292,190,190,".(goto)", 1, 2, 0);
	trans[0][85]	= settr(84,2,86,2,0,"else", 1, 2, 0);
	trans[0][86]	= settr(85,0,292,191,191,"(1)", 1, 2, 0); /* m: 88 -> 292,0 */
	reached0[88] = 1;
	trans[0][94]	= settr(93,0,292,1,0,".(goto)", 0, 2, 0);
	trans[0][91]	= settr(90,0,92,2,0,"else", 0, 2, 0);
	trans[0][92]	= settr(91,0,292,192,192,"fo[i] = 0", 1, 2, 0);
	trans[0][284]	= settr(283,0,292,1,0,".(goto)", 0, 2, 0);
	trans[0][96]	= settr(95,0,159,2,0,"else", 0, 2, 0);
	T = trans[ 0][159] = settr(158,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(158,0,103,0,0,"sub-sequence", 0, 2, 0);
	T = trans[0][103] = settr(102,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(102,0,97,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(102,0,101,0,0,"IF", 0, 2, 0);
	trans[0][97]	= settr(96,0,100,193,0,"(!(bound[1]))", 1, 2, 0);
	T = trans[ 0][100] = settr(99,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(99,2,98,0,0,"ATOMIC", 1, 2, 0);
	trans[0][98]	= settr(97,0,157,194,194,"fin[i] = 1", 1, 2, 0); /* m: 99 -> 0,157 */
	reached0[99] = 1;
	trans[0][99]	= settr(0,0,0,0,0,"bound[1] = 1",0,0,0);
	trans[0][104]	= settr(103,0,157,1,0,".(goto)", 0, 2, 0);
	trans[0][101]	= settr(100,0,102,2,0,"else", 0, 2, 0);
	trans[0][102]	= settr(101,0,157,1,0,"(1)", 0, 2, 0);
	T = trans[0][157] = settr(156,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(156,0,105,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(156,0,110,0,0,"IF", 0, 2, 0);
	trans[0][105]	= settr(104,0,109,195,195,"((e==2))", 0, 2, 0);
	T = trans[ 0][109] = settr(108,2,0,0,0,"ATOMIC", 0, 2, 0);
	T->nxt	= settr(108,2,106,0,0,"ATOMIC", 0, 2, 0);
	trans[0][106]	= settr(105,0,281,196,196,"e = 0", 0, 2, 0); /* m: 107 -> 0,281 */
	reached0[107] = 1;
	trans[0][107]	= settr(0,0,0,0,0,"vi = 0",0,0,0);
	trans[0][108]	= settr(0,0,0,0,0,"mode = 0",0,0,0);
	trans[0][158]	= settr(157,0,281,1,0,".(goto)", 0, 2, 0);
	trans[0][110]	= settr(109,0,123,2,0,"else", 0, 2, 0);
	T = trans[ 0][123] = settr(122,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(122,2,111,0,0,"ATOMIC", 1, 2, 0);
	trans[0][111]	= settr(110,2,121,197,197,"fin[i] = 1", 1, 2, 0);
	T = trans[0][121] = settr(120,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(120,2,112,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(120,2,115,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(120,2,117,0,0,"IF", 1, 2, 0);
	trans[0][112]	= settr(111,4,155,198,198,"((sz[1]==0))", 1, 2, 0); /* m: 113 -> 155,0 */
	reached0[113] = 1;
	trans[0][113]	= settr(0,0,0,0,0,"mode = 0",0,0,0);
	trans[0][114]	= settr(0,0,0,0,0,"vi = 0",0,0,0);
	trans[0][122]	= settr(121,0,155,199,199,".(goto)", 1, 2, 0);
	trans[0][115]	= settr(114,4,155,200,200,"(((sz[1]>0)&&intr[1]))", 1, 2, 0); /* m: 116 -> 155,0 */
	reached0[116] = 1;
	trans[0][116]	= settr(0,0,0,0,0,"mode = 2",0,0,0);
	trans[0][117]	= settr(116,4,155,201,201,"(((sz[1]>0)&&!(intr[1])))", 1, 2, 0); /* m: 118 -> 155,0 */
	reached0[118] = 1;
	trans[0][118]	= settr(0,0,0,0,0,"mode = 1",0,0,0);
	trans[0][119]	= settr(0,0,0,0,0,"vi = stk[(((2*1)+sz[1])-1)]",0,0,0);
	trans[0][120]	= settr(0,0,0,0,0,"assert((forcedEver||((vi!=7)&&((vi==0)||(!(freed[vi])&&((!(pu[vi])||on[vi])||(tpatch==vi)))))))",0,0,0);
	T = trans[0][155] = settr(154,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(154,0,124,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(154,0,153,0,0,"IF", 0, 2, 0);
	trans[0][124]	= settr(123,0,134,202,202,"((mode==2))", 0, 2, 0);
	T = trans[ 0][134] = settr(133,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(133,2,130,0,0,"ATOMIC", 1, 2, 0);
	T = trans[0][130] = settr(129,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(129,2,125,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(129,2,128,0,0,"IF", 1, 2, 0);
	trans[0][125]	= settr(124,4,151,203,203,"((depth[i]==0))", 1, 2, 0); /* m: 126 -> 151,0 */
	reached0[126] = 1;
	trans[0][126]	= settr(0,0,0,0,0,"latCur[i] = 0",0,0,0);
	trans[0][127]	= settr(0,0,0,0,0,"ann[i] = 1",0,0,0);
	trans[0][131]	= settr(130,2,132,1,0,".(goto)", 1, 2, 0); /* m: 132 -> 0,151 */
	reached0[132] = 1;
	trans[0][128]	= settr(127,2,129,2,0,"else", 1, 2, 0);
	trans[0][129]	= settr(128,4,151,204,204,"(1)", 1, 2, 0); /* m: 132 -> 151,0 */
	reached0[132] = 1;
	trans[0][132]	= settr(131,4,151,205,205,"depth[i] = (depth[i]+1)", 1, 2, 0); /* m: 133 -> 0,151 */
	reached0[133] = 1;
	trans[0][133]	= settr(0,0,0,0,0,"si = 1",0,0,0);
	T = trans[0][151] = settr(150,0,0,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(150,0,150,0,0,"IF", 0, 2, 0);
	T = trans[ 0][150] = settr(149,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(149,2,149,0,0,"ATOMIC", 1, 2, 0);
	T = trans[ 0][149] = settr(148,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(148,0,140,0,0,"sub-sequence", 1, 2, 0);
	T = trans[0][140] = settr(139,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(139,2,135,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(139,2,138,0,0,"IF", 1, 2, 0);
	trans[0][135]	= settr(134,2,146,206,206,"(!(latCur[i]))", 1, 2, 0); /* m: 136 -> 146,0 */
	reached0[136] = 1;
	trans[0][136]	= settr(0,0,0,0,0,"lat[i] = ( (wall) -> (wtgt) : (( (pstCur[i]) -> (pst[i]) : (wbase) )) )",0,0,0);
	trans[0][137]	= settr(0,0,0,0,0,"latCur[i] = 1",0,0,0);
	trans[0][141]	= settr(140,2,146,1,0,".(goto)", 1, 2, 0);
	trans[0][138]	= settr(137,2,139,2,0,"else", 1, 2, 0);
	trans[0][139]	= settr(138,2,146,1,0,"(1)", 1, 2, 0);
	T = trans[0][146] = settr(145,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(145,2,142,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(145,2,144,0,0,"IF", 1, 2, 0);
	trans[0][142]	= settr(141,0,281,207,207,"(!(treqCur[1]))", 1, 2, 0); /* m: 143 -> 281,0 */
	reached0[143] = 1;
	trans[0][143]	= settr(0,0,0,0,0,"vi = ( ((settled[1]==1)) -> (tsTop[1]) : (tsBelow[1]) )",0,0,0);
	trans[0][147]	= settr(146,0,281,208,208,".(goto)", 1, 2, 0); /* m: 148 -> 0,281 */
	reached0[148] = 1;
	trans[0][144]	= settr(143,2,145,2,0,"else", 1, 2, 0);
	trans[0][145]	= settr(144,0,281,209,209,"vi = ( ((lat[i]==1)) -> (tsTop[1]) : (tsBelow[1]) )", 1, 2, 0); /* m: 147 -> 0,281 */
	reached0[147] = 1;
	trans[0][148]	= settr(0,0,0,0,0,"assert((forcedEver||((vi!=7)&&((vi==0)||(!(freed[vi])&&((!(pu[vi])||on[vi])||(tpatch==vi)))))))",0,0,0);
	trans[0][152]	= settr(151,0,281,1,0,".(goto)", 0, 2, 0);
	trans[0][156]	= settr(155,0,281,1,0,".(goto)", 0, 2, 0);
	trans[0][153]	= settr(152,0,154,2,0,"else", 0, 2, 0);
	trans[0][154]	= settr(153,0,281,1,0,"(1)", 0, 2, 0);
	T = trans[0][281] = settr(280,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(280,0,160,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(280,0,221,0,0,"IF", 0, 2, 0);
	trans[0][160]	= settr(159,0,190,210,210,"(e)", 0, 2, 0);
	T = trans[ 0][190] = settr(189,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(189,0,188,0,0,"sub-sequence", 0, 2, 0);
	T = trans[0][188] = settr(187,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(187,0,161,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(187,0,186,0,0,"IF", 0, 2, 0);
	trans[0][161]	= settr(160,0,185,211,211,"(si)", 0, 2, 0);
	T = trans[ 0][185] = settr(184,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(184,0,170,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 0][170] = settr(169,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(169,2,162,0,0,"ATOMIC", 1, 2, 0);
	trans[0][162]	= settr(161,2,168,212,212,"fin[i] = 0", 1, 2, 0);
	T = trans[0][168] = settr(167,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(167,2,163,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(167,2,165,0,0,"IF", 1, 2, 0);
	trans[0][163]	= settr(162,4,184,213,213,"((depth[i]>1))", 1, 2, 0); /* m: 164 -> 184,0 */
	reached0[164] = 1;
	trans[0][164]	= settr(0,0,0,0,0,"depth[i] = (depth[i]-1)",0,0,0);
	trans[0][169]	= settr(168,0,184,214,214,".(goto)", 1, 2, 0);
	trans[0][165]	= settr(164,4,184,215,215,"((depth[i]==1))", 1, 2, 0); /* m: 166 -> 184,0 */
	reached0[166] = 1;
	trans[0][166]	= settr(0,0,0,0,0,"depth[i] = 0",0,0,0);
	trans[0][167]	= settr(0,0,0,0,0,"ann[i] = 0",0,0,0);
	T = trans[ 0][184] = settr(183,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(183,2,182,0,0,"ATOMIC", 1, 2, 0);
	T = trans[0][182] = settr(181,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(181,2,171,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(181,2,180,0,0,"IF", 1, 2, 0);
	trans[0][171]	= settr(170,2,178,216,216,"(((depth[i]==0)&&chk[i]))", 1, 2, 0); /* m: 172 -> 178,0 */
	reached0[172] = 1;
	trans[0][172]	= settr(0,0,0,0,0,"chk[i] = 0",0,0,0);
	T = trans[0][178] = settr(177,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(177,2,173,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(177,2,176,0,0,"IF", 1, 2, 0);
	trans[0][173]	= settr(172,0,220,217,217,"((((selfCheck&&!(wall))&&(( (pstCur[i]) -> (pst[i]) : (wbase) )!=wtgt))&&!((fo[i]&&chg[0]))))", 1, 2, 0); /* m: 174 -> 220,0 */
	reached0[174] = 1;
	trans[0][174]	= settr(0,0,0,0,0,"pstCur[i] = 1",0,0,0);
	trans[0][175]	= settr(0,0,0,0,0,"pst[i] = wtgt",0,0,0);
	trans[0][179]	= settr(178,0,220,218,218,".(goto)", 1, 2, 0); /* m: 183 -> 0,220 */
	reached0[183] = 1;
	trans[0][176]	= settr(175,2,177,2,0,"else", 1, 2, 0);
	trans[0][177]	= settr(176,0,220,219,219,"(1)", 1, 2, 0); /* m: 179 -> 220,0 */
	reached0[179] = 1;
	trans[0][183]	= settr(182,0,220,220,220,".(goto)", 1, 2, 0);
	trans[0][180]	= settr(179,2,181,2,0,"else", 1, 2, 0);
	trans[0][181]	= settr(180,0,220,221,221,"(1)", 1, 2, 0); /* m: 183 -> 220,0 */
	reached0[183] = 1;
	trans[0][189]	= settr(188,0,220,1,0,".(goto)", 0, 2, 0);
	trans[0][186]	= settr(185,0,187,2,0,"else", 0, 2, 0);
	trans[0][187]	= settr(186,0,220,222,222,"fin[i] = 0", 1, 2, 0);
	T = trans[ 0][220] = settr(219,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(219,0,218,0,0,"sub-sequence", 0, 2, 0);
	T = trans[0][218] = settr(217,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(217,0,191,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(217,0,216,0,0,"IF", 0, 2, 0);
	trans[0][191]	= settr(190,0,215,223,223,"(so)", 0, 2, 0);
	T = trans[ 0][215] = settr(214,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(214,0,200,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 0][200] = settr(199,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(199,2,192,0,0,"ATOMIC", 1, 2, 0);
	trans[0][192]	= settr(191,2,198,224,224,"fo[i] = 0", 1, 2, 0);
	T = trans[0][198] = settr(197,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(197,2,193,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(197,2,195,0,0,"IF", 1, 2, 0);
	trans[0][193]	= settr(192,4,214,225,225,"((depth[i]>1))", 1, 2, 0); /* m: 194 -> 214,0 */
	reached0[194] = 1;
	trans[0][194]	= settr(0,0,0,0,0,"depth[i] = (depth[i]-1)",0,0,0);
	trans[0][199]	= settr(198,0,214,226,226,".(goto)", 1, 2, 0);
	trans[0][195]	= settr(194,4,214,227,227,"((depth[i]==1))", 1, 2, 0); /* m: 196 -> 214,0 */
	reached0[196] = 1;
	trans[0][196]	= settr(0,0,0,0,0,"depth[i] = 0",0,0,0);
	trans[0][197]	= settr(0,0,0,0,0,"ann[i] = 0",0,0,0);
	T = trans[ 0][214] = settr(213,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(213,2,212,0,0,"ATOMIC", 1, 2, 0);
	T = trans[0][212] = settr(211,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(211,2,201,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(211,2,210,0,0,"IF", 1, 2, 0);
	trans[0][201]	= settr(200,2,208,228,228,"(((depth[i]==0)&&chk[i]))", 1, 2, 0); /* m: 202 -> 208,0 */
	reached0[202] = 1;
	trans[0][202]	= settr(0,0,0,0,0,"chk[i] = 0",0,0,0);
	T = trans[0][208] = settr(207,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(207,2,203,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(207,2,206,0,0,"IF", 1, 2, 0);
	trans[0][203]	= settr(202,0,292,229,229,"((((selfCheck&&!(wall))&&(( (pstCur[i]) -> (pst[i]) : (wbase) )!=wtgt))&&!((fo[i]&&chg[0]))))", 1, 2, 0); /* m: 204 -> 292,0 */
	reached0[204] = 1;
	trans[0][204]	= settr(0,0,0,0,0,"pstCur[i] = 1",0,0,0);
	trans[0][205]	= settr(0,0,0,0,0,"pst[i] = wtgt",0,0,0);
	trans[0][209]	= settr(208,0,292,230,230,".(goto)", 1, 2, 0); /* m: 213 -> 0,292 */
	reached0[213] = 1;
	trans[0][206]	= settr(205,2,207,2,0,"else", 1, 2, 0);
	trans[0][207]	= settr(206,0,292,231,231,"(1)", 1, 2, 0); /* m: 209 -> 292,0 */
	reached0[209] = 1;
	trans[0][213]	= settr(212,0,292,232,232,".(goto)", 1, 2, 0);
	trans[0][210]	= settr(209,2,211,2,0,"else", 1, 2, 0);
	trans[0][211]	= settr(210,0,292,233,233,"(1)", 1, 2, 0); /* m: 213 -> 292,0 */
	reached0[213] = 1;
	trans[0][219]	= settr(218,0,292,1,0,".(goto)", 0, 2, 0);
	trans[0][216]	= settr(215,0,217,2,0,"else", 0, 2, 0);
	trans[0][217]	= settr(216,0,292,234,234,"fo[i] = 0", 1, 2, 0);
	trans[0][282]	= settr(281,0,292,1,0,".(goto)", 0, 2, 0);
	trans[0][221]	= settr(220,0,222,2,0,"else", 0, 2, 0);
	trans[0][222]	= settr(221,0,250,235,0,"assert(((forcedEver||((vo==1)&&((vi==1)||(vi==2))))||((vo==0)&&((vi==0)||(vi==2)))))", 1, 2, 0);
	T = trans[0][250] = settr(249,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(249,0,223,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(249,0,248,0,0,"IF", 0, 2, 0);
	trans[0][223]	= settr(222,0,247,236,236,"(si)", 0, 2, 0);
	T = trans[ 0][247] = settr(246,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(246,0,232,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 0][232] = settr(231,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(231,2,224,0,0,"ATOMIC", 1, 2, 0);
	trans[0][224]	= settr(223,2,230,237,237,"fin[i] = 0", 1, 2, 0);
	T = trans[0][230] = settr(229,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(229,2,225,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(229,2,227,0,0,"IF", 1, 2, 0);
	trans[0][225]	= settr(224,4,246,238,238,"((depth[i]>1))", 1, 2, 0); /* m: 226 -> 246,0 */
	reached0[226] = 1;
	trans[0][226]	= settr(0,0,0,0,0,"depth[i] = (depth[i]-1)",0,0,0);
	trans[0][231]	= settr(230,0,246,239,239,".(goto)", 1, 2, 0);
	trans[0][227]	= settr(226,4,246,240,240,"((depth[i]==1))", 1, 2, 0); /* m: 228 -> 246,0 */
	reached0[228] = 1;
	trans[0][228]	= settr(0,0,0,0,0,"depth[i] = 0",0,0,0);
	trans[0][229]	= settr(0,0,0,0,0,"ann[i] = 0",0,0,0);
	T = trans[ 0][246] = settr(245,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(245,2,244,0,0,"ATOMIC", 1, 2, 0);
	T = trans[0][244] = settr(243,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(243,2,233,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(243,2,242,0,0,"IF", 1, 2, 0);
	trans[0][233]	= settr(232,2,240,241,241,"(((depth[i]==0)&&chk[i]))", 1, 2, 0); /* m: 234 -> 240,0 */
	reached0[234] = 1;
	trans[0][234]	= settr(0,0,0,0,0,"chk[i] = 0",0,0,0);
	T = trans[0][240] = settr(239,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(239,2,235,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(239,2,238,0,0,"IF", 1, 2, 0);
	trans[0][235]	= settr(234,0,279,242,242,"((((selfCheck&&!(wall))&&(( (pstCur[i]) -> (pst[i]) : (wbase) )!=wtgt))&&!((fo[i]&&chg[0]))))", 1, 2, 0); /* m: 236 -> 279,0 */
	reached0[236] = 1;
	trans[0][236]	= settr(0,0,0,0,0,"pstCur[i] = 1",0,0,0);
	trans[0][237]	= settr(0,0,0,0,0,"pst[i] = wtgt",0,0,0);
	trans[0][241]	= settr(240,0,279,243,243,".(goto)", 1, 2, 0); /* m: 245 -> 0,279 */
	reached0[245] = 1;
	trans[0][238]	= settr(237,2,239,2,0,"else", 1, 2, 0);
	trans[0][239]	= settr(238,0,279,244,244,"(1)", 1, 2, 0); /* m: 241 -> 279,0 */
	reached0[241] = 1;
	trans[0][245]	= settr(244,0,279,245,245,".(goto)", 1, 2, 0);
	trans[0][242]	= settr(241,2,243,2,0,"else", 1, 2, 0);
	trans[0][243]	= settr(242,0,279,246,246,"(1)", 1, 2, 0); /* m: 245 -> 279,0 */
	reached0[245] = 1;
	trans[0][251]	= settr(250,0,279,1,0,".(goto)", 0, 2, 0);
	trans[0][248]	= settr(247,0,249,2,0,"else", 0, 2, 0);
	trans[0][249]	= settr(248,0,279,247,247,"fin[i] = 0", 1, 2, 0);
	T = trans[0][279] = settr(278,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(278,0,252,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(278,0,277,0,0,"IF", 0, 2, 0);
	trans[0][252]	= settr(251,0,276,248,248,"(so)", 0, 2, 0);
	T = trans[ 0][276] = settr(275,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(275,0,261,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 0][261] = settr(260,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(260,2,253,0,0,"ATOMIC", 1, 2, 0);
	trans[0][253]	= settr(252,2,259,249,249,"fo[i] = 0", 1, 2, 0);
	T = trans[0][259] = settr(258,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(258,2,254,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(258,2,256,0,0,"IF", 1, 2, 0);
	trans[0][254]	= settr(253,4,275,250,250,"((depth[i]>1))", 1, 2, 0); /* m: 255 -> 275,0 */
	reached0[255] = 1;
	trans[0][255]	= settr(0,0,0,0,0,"depth[i] = (depth[i]-1)",0,0,0);
	trans[0][260]	= settr(259,0,275,251,251,".(goto)", 1, 2, 0);
	trans[0][256]	= settr(255,4,275,252,252,"((depth[i]==1))", 1, 2, 0); /* m: 257 -> 275,0 */
	reached0[257] = 1;
	trans[0][257]	= settr(0,0,0,0,0,"depth[i] = 0",0,0,0);
	trans[0][258]	= settr(0,0,0,0,0,"ann[i] = 0",0,0,0);
	T = trans[ 0][275] = settr(274,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(274,2,273,0,0,"ATOMIC", 1, 2, 0);
	T = trans[0][273] = settr(272,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(272,2,262,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(272,2,271,0,0,"IF", 1, 2, 0);
	trans[0][262]	= settr(261,2,269,253,253,"(((depth[i]==0)&&chk[i]))", 1, 2, 0); /* m: 263 -> 269,0 */
	reached0[263] = 1;
	trans[0][263]	= settr(0,0,0,0,0,"chk[i] = 0",0,0,0);
	T = trans[0][269] = settr(268,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(268,2,264,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(268,2,267,0,0,"IF", 1, 2, 0);
	trans[0][264]	= settr(263,0,292,254,254,"((((selfCheck&&!(wall))&&(( (pstCur[i]) -> (pst[i]) : (wbase) )!=wtgt))&&!((fo[i]&&chg[0]))))", 1, 2, 0); /* m: 265 -> 292,0 */
	reached0[265] = 1;
	trans[0][265]	= settr(0,0,0,0,0,"pstCur[i] = 1",0,0,0);
	trans[0][266]	= settr(0,0,0,0,0,"pst[i] = wtgt",0,0,0);
	trans[0][270]	= settr(269,0,292,255,255,".(goto)", 1, 2, 0); /* m: 274 -> 0,292 */
	reached0[274] = 1;
	trans[0][267]	= settr(266,2,268,2,0,"else", 1, 2, 0);
	trans[0][268]	= settr(267,0,292,256,256,"(1)", 1, 2, 0); /* m: 270 -> 292,0 */
	reached0[270] = 1;
	trans[0][274]	= settr(273,0,292,257,257,".(goto)", 1, 2, 0);
	trans[0][271]	= settr(270,2,272,2,0,"else", 1, 2, 0);
	trans[0][272]	= settr(271,0,292,258,258,"(1)", 1, 2, 0); /* m: 274 -> 292,0 */
	reached0[274] = 1;
	trans[0][280]	= settr(279,0,292,1,0,".(goto)", 0, 2, 0);
	trans[0][277]	= settr(276,0,278,2,0,"else", 0, 2, 0);
	trans[0][278]	= settr(277,0,292,259,259,"fo[i] = 0", 1, 2, 0);
	T = trans[ 0][292] = settr(291,2,0,0,0,"ATOMIC", 0, 2, 0);
	T->nxt	= settr(291,2,285,0,0,"ATOMIC", 0, 2, 0);
	trans[0][285]	= settr(284,0,295,260,260,"vo = 0", 0, 2, 0); /* m: 286 -> 0,295 */
	reached0[286] = 1;
	trans[0][286]	= settr(0,0,0,0,0,"vi = 0",0,0,0);
	trans[0][287]	= settr(0,0,0,0,0,"so = 0",0,0,0);
	trans[0][288]	= settr(0,0,0,0,0,"si = 0",0,0,0);
	trans[0][289]	= settr(0,0,0,0,0,"e = 0",0,0,0);
	trans[0][290]	= settr(0,0,0,0,0,"mode = 0",0,0,0);
	trans[0][291]	= settr(0,0,0,0,0,"n = (n+1)",0,0,0);
	trans[0][293]	= settr(292,0,298,2,0,"else", 0, 2, 0);
	trans[0][294]	= settr(293,0,298,1,0,"goto :b0", 0, 2, 0);
	trans[0][297]	= settr(296,0,298,1,0,"break", 0, 2, 0);
	trans[0][298]	= settr(297,0,299,261,0,"assert(((depth[i]==0)&&(ann[i]==0)))", 1, 2, 0);
	trans[0][299]	= settr(298,0,300,262,262,"running = (running-1)", 1, 2, 0);
	trans[0][300]	= settr(299,0,0,263,263,"-end-", 0, 3500, 0);
	/* np_ demon: */
	trans[_NP_] = (Trans **) emalloc(3*sizeof(Trans *));
	T = trans[_NP_][0] = settr(9997,0,1,_T5,0,"(np_)", 1,2,0);
	    T->nxt	  = settr(9998,0,0,_T2,0,"(1)",   0,2,0);
	T = trans[_NP_][1] = settr(9999,0,1,_T5,0,"(np_)", 1,2,0);
}

Trans *
settr(	int t_id, int a, int b, int c, int d,
	char *t, int g, int tpe0, int tpe1)
{	Trans *tmp = (Trans *) emalloc(sizeof(Trans));

	tmp->atom  = a&(6|32);	/* only (2|8|32) have meaning */
	if (!g) tmp->atom |= 8;	/* no global references */
	tmp->st    = b;
	tmp->tpe[0] = tpe0;
	tmp->tpe[1] = tpe1;
	tmp->tp    = t;
	tmp->t_id  = t_id;
	tmp->forw  = c;
	tmp->back  = d;
	return tmp;
}

Trans *
cpytr(Trans *a)
{	Trans *tmp = (Trans *) emalloc(sizeof(Trans));

	int i;
	tmp->atom  = a->atom;
	tmp->st    = a->st;
#ifdef HAS_UNLESS
	tmp->e_trans = a->e_trans;
	for (i = 0; i < HAS_UNLESS; i++)
		tmp->escp[i] = a->escp[i];
#endif
	tmp->tpe[0] = a->tpe[0];
	tmp->tpe[1] = a->tpe[1];
	for (i = 0; i < 6; i++)
	{	tmp->qu[i] = a->qu[i];
		tmp->ty[i] = a->ty[i];
	}
	tmp->tp    = (char *) emalloc(strlen(a->tp)+1);
	strcpy(tmp->tp, a->tp);
	tmp->t_id  = a->t_id;
	tmp->forw  = a->forw;
	tmp->back  = a->back;
	return tmp;
}

#ifndef NOREDUCE
int
srinc_set(int n)
{	if (n <= 2) return LOCAL;
	if (n <= 2+  DELTA) return Q_FULL_F; /* 's' or nfull  */
	if (n <= 2+2*DELTA) return Q_EMPT_F; /* 'r' or nempty */
	if (n <= 2+3*DELTA) return Q_EMPT_T; /* empty */
	if (n <= 2+4*DELTA) return Q_FULL_T; /* full  */
	if (n ==   5*DELTA) return GLOBAL;
	if (n ==   6*DELTA) return TIMEOUT_F;
	if (n ==   7*DELTA) return ALPHA_F;
	Uerror("cannot happen srinc_class");
	return BAD;
}
int
srunc(int n, int m)
{	switch(m) {
	case Q_FULL_F: return n-2;
	case Q_EMPT_F: return n-2-DELTA;
	case Q_EMPT_T: return n-2-2*DELTA;
	case Q_FULL_T: return n-2-3*DELTA;
	case ALPHA_F:
	case TIMEOUT_F: return 257; /* non-zero, and > MAXQ */
	}
	Uerror("cannot happen srunc");
	return 0;
}
#endif
int cnt;
#ifdef HAS_UNLESS
int
isthere(Trans *a, int b)
{	Trans *t;
	for (t = a; t; t = t->nxt)
		if (t->t_id == b)
			return 1;
	return 0;
}
#endif
#ifndef NOREDUCE
int
mark_safety(Trans *t) /* for conditional safety */
{	int g = 0, i, j, k;

	if (!t) return 0;
	if (t->qu[0])
		return (t->qu[1])?2:1;	/* marked */

	for (i = 0; i < 2; i++)
	{	j = srinc_set(t->tpe[i]);
		if (j >= GLOBAL && j != ALPHA_F)
			return -1;
		if (j != LOCAL)
		{	k = srunc(t->tpe[i], j);
			if (g == 0
			||  t->qu[0] != k
			||  t->ty[0] != j)
			{	t->qu[g] = k;
				t->ty[g] = j;
				g++;
	}	}	}
	return g;
}
#endif
void
retrans(int n, int m, int is, short srcln[], uchar reach[], uchar lpstate[])
	/* process n, with m states, is=initial state */
{	Trans *T0, *T1, *T2, *T3;
	Trans *T4, *T5; /* t_reverse or has_unless */
	int i;
#if defined(HAS_UNLESS) || !defined(NOREDUCE)
	int k;
#endif
#ifndef NOREDUCE
	int g, h, j, aa;
#endif
#ifdef HAS_UNLESS
	int p;
#endif
	if (state_tables >= 4)
	{	printf("STEP 1 %s\n", 
			procname[n]);
		for (i = 1; i < m; i++)
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
			crack(n, i, T0, srcln);
		return;
	}
	do {
		for (i = 1, cnt = 0; i < m; i++)
		{	T2 = trans[n][i];
			T1 = T2?T2->nxt:(Trans *)0;
/* prescan: */		for (T0 = T1; T0; T0 = T0->nxt)
/* choice in choice */	{	if (T0->st && trans[n][T0->st]
				&&  trans[n][T0->st]->nxt)
					break;
			}
#if 0
		if (T0)
		printf("\tstate %d / %d: choice in choice\n",
		i, T0->st);
#endif
			if (T0)
			for (T0 = T1; T0; T0 = T0->nxt)
			{	T3 = trans[n][T0->st];
				if (!T3->nxt)
				{	T2->nxt = cpytr(T0);
					T2 = T2->nxt;
					imed(T2, T0->st, n, i);
					continue;
				}
				do {	T3 = T3->nxt;
					T2->nxt = cpytr(T3);
					T2 = T2->nxt;
					imed(T2, T0->st, n, i);
				} while (T3->nxt);
				cnt++;
			}
		}
	} while (cnt);
	if (state_tables >= 3)
	{	printf("STEP 2 %s\n", 
			procname[n]);
		for (i = 1; i < m; i++)
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
			crack(n, i, T0, srcln);
		return;
	}
	for (i = 1; i < m; i++)
	{	if (trans[n][i] && trans[n][i]->nxt) /* optimize */
		{	T1 = trans[n][i]->nxt;
#if 0
			printf("\t\tpull %d (%d) to %d\n",
			T1->st, T1->forw, i);
#endif
			srcln[i] = srcln[T1->st];	/* Oyvind Teig, 5.2.0 */

			if (!trans[n][T1->st]) continue;
			T0 = cpytr(trans[n][T1->st]);
			trans[n][i] = T0;
			reach[T1->st] = 1;
			imed(T0, T1->st, n, i);
			for (T1 = T1->nxt; T1; T1 = T1->nxt)
			{
#if 0
			printf("\t\tpull %d (%d) to %d\n",
				T1->st, T1->forw, i);
#endif
		/*		srcln[i] = srcln[T1->st];  gh: not useful */
				if (!trans[n][T1->st]) continue;
				T0->nxt = cpytr(trans[n][T1->st]);
				T0 = T0->nxt;
				reach[T1->st] = 1;
				imed(T0, T1->st, n, i);
	}	}	}
	if (state_tables >= 2)
	{	printf("STEP 3 %s\n", 
			procname[n]);
		for (i = 1; i < m; i++)
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
			crack(n, i, T0, srcln);
		return;
	}
#ifdef HAS_UNLESS
	for (i = 1; i < m; i++)
	{	if (!trans[n][i]) continue;
		/* check for each state i if an
		 * escape to some state p is defined
		 * if so, copy and mark p's transitions
		 * and prepend them to the transition-
		 * list of state i
		 */
	 if (!like_java) /* the default */
	 {	for (T0 = trans[n][i]; T0; T0 = T0->nxt)
		for (k = HAS_UNLESS-1; k >= 0; k--)
		{	if (p = T0->escp[k])
			for (T1 = trans[n][p]; T1; T1 = T1->nxt)
			{	if (isthere(trans[n][i], T1->t_id))
					continue;
				T2 = cpytr(T1);
				T2->e_trans = p;
				T2->nxt = trans[n][i];
				trans[n][i] = T2;
		}	}
	 } else /* outermost unless checked first */
	 {	T4 = T3 = (Trans *) 0;
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
		for (k = HAS_UNLESS-1; k >= 0; k--)
		{	if (p = T0->escp[k])
			for (T1 = trans[n][p]; T1; T1 = T1->nxt)
			{	if (isthere(trans[n][i], T1->t_id))
					continue;
				T2 = cpytr(T1);
				T2->nxt = (Trans *) 0;
				T2->e_trans = p;
				if (T3)	T3->nxt = T2;
				else	T4 = T2;
				T3 = T2;
		}	}
		if (T4)
		{	T3->nxt = trans[n][i];
			trans[n][i] = T4;
		}
	 }
	}
#endif
#ifndef NOREDUCE
	for (i = 1; i < m; i++)
	{	if (a_cycles)
		{ /* moves through these states are visible */
	#if PROG_LAB>0 && defined(HAS_NP)
			if (progstate[n][i])
				goto degrade;
			for (T1 = trans[n][i]; T1; T1 = T1->nxt)
				if (progstate[n][T1->st])
					goto degrade;
	#endif
			if (accpstate[n][i] || visstate[n][i])
				goto degrade;
			for (T1 = trans[n][i]; T1; T1 = T1->nxt)
				if (accpstate[n][T1->st])
					goto degrade;
		}
		T1 = trans[n][i];
		if (!T1) continue;
		g = mark_safety(T1);	/* V3.3.1 */
		if (g < 0) goto degrade; /* global */
		/* check if mixing of guards preserves reduction */
		if (T1->nxt)
		{	k = 0;
			for (T0 = T1; T0; T0 = T0->nxt)
			{	if (!(T0->atom&8))
					goto degrade;
				for (aa = 0; aa < 2; aa++)
				{	j = srinc_set(T0->tpe[aa]);
					if (j >= GLOBAL && j != ALPHA_F)
						goto degrade;
					if (T0->tpe[aa]
					&&  T0->tpe[aa]
					!=  T1->tpe[0])
						k = 1;
			}	}
			/* g = 0;	V3.3.1 */
			if (k)	/* non-uniform selection */
			for (T0 = T1; T0; T0 = T0->nxt)
			for (aa = 0; aa < 2; aa++)
			{	j = srinc_set(T0->tpe[aa]);
				if (j != LOCAL)
				{	k = srunc(T0->tpe[aa], j);
					for (h = 0; h < 6; h++)
						if (T1->qu[h] == k
						&&  T1->ty[h] == j)
							break;
					if (h >= 6)
					{	T1->qu[g%6] = k;
						T1->ty[g%6] = j;
						g++;
			}	}	}
			if (g > 6)
			{	T1->qu[0] = 0;	/* turn it off */
				printf("pan: warning, line %d, ",
					srcln[i]);
			 	printf("too many stmnt types (%d)",
					g);
			  	printf(" in selection\n");
			  goto degrade;
			}
		}
		/* mark all options global if >=1 is global */
		for (T1 = trans[n][i]; T1; T1 = T1->nxt)
			if (!(T1->atom&8)) break;
		if (T1)
degrade:	for (T1 = trans[n][i]; T1; T1 = T1->nxt)
			T1->atom &= ~8;	/* mark as unsafe */
		/* can only mix 'r's or 's's if on same chan */
		/* and not mixed with other local operations */
		T1 = trans[n][i];
		if (!T1 || T1->qu[0]) continue;
		j = T1->tpe[0];
		if (T1->nxt && T1->atom&8)
		{ if (j == 5*DELTA)
		  {	printf("warning: line %d ", srcln[i]);
			printf("mixed condition ");
			printf("(defeats reduction)\n");
			goto degrade;
		  }
		  for (T0 = T1; T0; T0 = T0->nxt)
		  for (aa = 0; aa < 2; aa++)
		  if  (T0->tpe[aa] && T0->tpe[aa] != j)
		  {	printf("warning: line %d ", srcln[i]);
			printf("[%d-%d] mixed %stion ",
				T0->tpe[aa], j, 
				(j==5*DELTA)?"condi":"selec");
			printf("(defeats reduction)\n");
			printf("	'%s' <-> '%s'\n",
				T1->tp, T0->tp);
			goto degrade;
		} }
	}
#endif
	for (i = 1; i < m; i++)
	{	T2 = trans[n][i];
		if (!T2
		||  T2->nxt
		||  strncmp(T2->tp, ".(goto)", 7)
		||  !stopstate[n][i])
			continue;
		stopstate[n][T2->st] = 1;
	}
	if (state_tables && !verbose)
	{	if (dodot)
		{	char buf[256], *q = buf, *p = procname[n];
			while (*p != '\0')
			{	if (*p != ':')
				{	*q++ = *p;
				}
				p++;
			}
			*q = '\0';
			printf("digraph ");
			switch (Btypes[n]) {
			case I_PROC:  printf("init {\n"); break;
			case N_CLAIM: printf("claim_%s {\n", buf); break;
			case E_TRACE: printf("notrace {\n"); break;
			case N_TRACE: printf("trace {\n"); break;
			default:      printf("p_%s {\n", buf); break;
			}
			printf("size=\"8,10\";\n");
			printf("  GT [shape=box,style=dotted,label=\"%s\"];\n", buf);
			printf("  GT -> S%d;\n", is);
		} else
		{	switch (Btypes[n]) {
			case I_PROC:  printf("init\n"); break;
			case N_CLAIM: printf("claim %s\n", procname[n]); break;
			case E_TRACE: printf("notrace assertion\n"); break;
			case N_TRACE: printf("trace assertion\n"); break;
			default:      printf("proctype %s\n", procname[n]); break;
		}	}
		for (i = 1; i < m; i++)
		{	reach[i] = 1;
		}
		tagtable(n, m, is, srcln, reach);
		if (dodot) printf("}\n");
	} else
	for (i = 1; i < m; i++)
	{	int nrelse;
		if (Btypes[n] != N_CLAIM)
		{	for (T0 = trans[n][i]; T0; T0 = T0->nxt)
			{	if (T0->st == i
				&& strcmp(T0->tp, "(1)") == 0)
				{	printf("error: proctype '%s' ",
						procname[n]);
		  			printf("line %d, state %d: has un",
						srcln[i], i);
					printf("conditional self-loop\n");
					pan_exit(1);
		}	}	}
		nrelse = 0;
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
		{	if (strcmp(T0->tp, "else") == 0)
				nrelse++;
		}
		if (nrelse > 1)
		{	printf("error: proctype '%s' state",
				procname[n]);
		  	printf(" %d, inherits %d", i, nrelse);
		  	printf(" 'else' stmnts\n");
			pan_exit(1);
	}	}
#if !defined(LOOPSTATE) && !defined(BFS_PAR)
	if (state_tables)
#endif
	do_dfs(n, m, is, srcln, reach, lpstate);

	if (!t_reverse)
	{	return;
	}
	/* process n, with m states, is=initial state -- reverse list */
	if (!state_tables && Btypes[n] != N_CLAIM)
	{	for (i = 1; i < m; i++)
		{	Trans *Tx = (Trans *) 0; /* list of escapes */
			Trans *Ty = (Trans *) 0; /* its tail element */
			T1 = (Trans *) 0; /* reversed list */
			T2 = (Trans *) 0; /* its tail */
			T3 = (Trans *) 0; /* remembers possible 'else' */

			/* find unless-escapes, they should go first */
			T4 = T5 = T0 = trans[n][i];
	#ifdef HAS_UNLESS
			while (T4 && T4->e_trans) /* escapes are first in orig list */
			{	T5 = T4;	  /* remember predecessor */
				T4 = T4->nxt;
			}
	#endif
			/* T4 points to first non-escape, T5 to its parent, T0 to original list */
			if (T4 != T0)		 /* there was at least one escape */
			{	T3 = T5->nxt;		 /* start of non-escapes */
				T5->nxt = (Trans *) 0;	 /* separate */
				Tx = T0;		 /* start of the escapes */
				Ty = T5;		 /* its tail */
				T0 = T3;		 /* the rest, to be reversed */
			}
			/* T0 points to first non-escape, Tx to the list of escapes, Ty to its tail */

			/* first tail-add non-escape transitions, reversed */
			T3 = (Trans *) 0;
			for (T5 = T0; T5; T5 = T4)
			{	T4 = T5->nxt;
	#ifdef HAS_UNLESS
				if (T5->e_trans)
				{	printf("error: cannot happen!\n");
					continue;
				}
	#endif
				if (strcmp(T5->tp, "else") == 0)
				{	T3 = T5;
					T5->nxt = (Trans *) 0;
				} else
				{	T5->nxt = T1;
					if (!T1) { T2 = T5; }
					T1 = T5;
			}	}
			/* T3 points to a possible else, which is removed from the list */
			/* T1 points to the reversed list so far (without escapes) */
			/* T2 points to the tail element -- where the else should go */
			if (T2 && T3)
			{	T2->nxt = T3;	/* add else */
			} else
			{	if (T3) /* there was an else, but there's no tail */
				{	if (!T1)	/* and no reversed list */
					{	T1 = T3; /* odd, but possible */
					} else		/* even stranger */
					{	T1->nxt = T3;
			}	}	}

			/* add in the escapes, to that they appear at the front */
			if (Tx && Ty) { Ty->nxt = T1; T1 = Tx; }

			trans[n][i] = T1;
			/* reversed, with escapes first and else last */
	}	}
	if (state_tables && verbose)
	{	printf("FINAL proctype %s\n", 
			procname[n]);
		for (i = 1; i < m; i++)
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
			crack(n, i, T0, srcln);
	}
}
void
imed(Trans *T, int v, int n, int j)	/* set intermediate state */
{	progstate[n][T->st] |= progstate[n][v];
	accpstate[n][T->st] |= accpstate[n][v];
	stopstate[n][T->st] |= stopstate[n][v];
	mapstate[n][j] = T->st;
}
void
tagtable(int n, int m, int is, short srcln[], uchar reach[])
{	Trans *z;

	if (is >= m || !trans[n][is]
	||  is <= 0 || reach[is] == 0)
		return;
	reach[is] = 0;
	if (state_tables)
	for (z = trans[n][is]; z; z = z->nxt)
	{	if (dodot)
			dot_crack(n, is, z);
		else
			crack(n, is, z, srcln);
	}

	for (z = trans[n][is]; z; z = z->nxt)
	{
#ifdef HAS_UNLESS
		int i, j;
#endif
		tagtable(n, m, z->st, srcln, reach);
#ifdef HAS_UNLESS
		for (i = 0; i < HAS_UNLESS; i++)
		{	j = trans[n][is]->escp[i];
			if (!j) break;
			tagtable(n, m, j, srcln, reach);
		}
#endif
	}
}

extern Trans *t_id_lkup[];

void
dfs_table(int n, int m, int is, short srcln[], uchar reach[], uchar lpstate[])
{	Trans *z;

	if (is >= m || is <= 0 || !trans[n][is])
		return;
	if ((reach[is] & (4|8|16)) != 0)
	{	if ((reach[is] & (8|16)) == 16)	/* on stack, not yet recorded */
		{	lpstate[is] = 1;
			reach[is] |= 8; /* recorded */
			if (state_tables && verbose)
			{	printf("state %d line %d is a loopstate\n", is, srcln[is]);
		}	}
		return;
	}
	reach[is] |= (4|16);	/* visited | onstack */
	for (z = trans[n][is]; z; z = z->nxt)
	{	t_id_lkup[z->t_id] = z;
#ifdef HAS_UNLESS
		int i, j;
#endif
		dfs_table(n, m, z->st, srcln, reach, lpstate);
#ifdef HAS_UNLESS
		for (i = 0; i < HAS_UNLESS; i++)
		{	j = trans[n][is]->escp[i];
			if (!j) break;
			dfs_table(n, m, j, srcln, reach, lpstate);
		}
#endif
	}
	reach[is] &= ~16; /* no longer on stack */
}
void
do_dfs(int n, int m, int is, short srcln[], uchar reach[], uchar lpstate[])
{	int i;
	dfs_table(n, m, is, srcln, reach, lpstate);
	for (i = 0; i < m; i++)
		reach[i] &= ~(4|8|16);
}
void
crack(int n, int j, Trans *z, short srcln[])
{	int i;

	if (!z) return;
	printf("	state %3d -(tr %3d)-> state %3d  ",
		j, z->forw, z->st);
	printf("[id %3d tp %3d", z->t_id, z->tpe[0]);
	if (z->tpe[1]) printf(",%d", z->tpe[1]);
#ifdef HAS_UNLESS
	if (z->e_trans)
		printf(" org %3d", z->e_trans);
	else if (state_tables >= 2)
	for (i = 0; i < HAS_UNLESS; i++)
	{	if (!z->escp[i]) break;
		printf(" esc %d", z->escp[i]);
	}
#endif
	printf("]");
	printf(" [%s%s%s%s%s] %s:%d => ",
		z->atom&6?"A":z->atom&32?"D":"-",
		accpstate[n][j]?"a" :"-",
		stopstate[n][j]?"e" : "-",
		progstate[n][j]?"p" : "-",
		z->atom & 8 ?"L":"G",
		PanSource, srcln[j]);
	for (i = 0; z->tp[i]; i++)
		if (z->tp[i] == '\n')
			printf("\\n");
		else
			putchar(z->tp[i]);
	if (verbose && z->qu[0])
	{	printf("\t[");
		for (i = 0; i < 6; i++)
			if (z->qu[i])
				printf("(%d,%d)",
				z->qu[i], z->ty[i]);
		printf("]");
	}
	printf("\n");
	fflush(stdout);
}
/* spin -a m.pml; cc -o pan pan.c; ./pan -D | dot -Tps > foo.ps; ps2pdf foo.ps */
void
dot_crack(int n, int j, Trans *z)
{	int i;

	if (!z) return;
	printf("	S%d -> S%d  [color=black", j, z->st);

	if (z->atom&6) printf(",style=dashed");
	else if (z->atom&32) printf(",style=dotted");
	else if (z->atom&8) printf(",style=solid");
	else printf(",style=bold");

	printf(",label=\"");
	for (i = 0; z->tp[i]; i++)
	{	if (z->tp[i] == '\\'
		&&  z->tp[i+1] == 'n')
		{	i++; printf(" ");
		} else
		{	putchar(z->tp[i]);
	}	}
	printf("\"];\n");
	if (accpstate[n][j]) printf("  S%d [color=red,style=bold];\n", j);
	else if (progstate[n][j]) printf("  S%d [color=green,style=bold];\n", j);
	if (stopstate[n][j]) printf("  S%d [color=blue,style=bold,shape=box];\n", j);
}

#ifdef VAR_RANGES
#define BYTESIZE	32	/* 2^8 : 2^3 = 256:8 = 32 */

typedef struct Vr_Ptr {
	char	*nm;
	uchar	vals[BYTESIZE];
	struct Vr_Ptr *nxt;
} Vr_Ptr;
Vr_Ptr *ranges = (Vr_Ptr *) 0;

void
logval(char *s, int v)
{	Vr_Ptr *tmp;

	if (v<0 || v > 255) return;
	for (tmp = ranges; tmp; tmp = tmp->nxt)
		if (!strcmp(tmp->nm, s))
			goto found;
	tmp = (Vr_Ptr *) emalloc(sizeof(Vr_Ptr));
	tmp->nxt = ranges;
	ranges = tmp;
	tmp->nm = s;
found:
	tmp->vals[(v)/8] |= 1<<((v)%8);
}

void
dumpval(uchar X[], int range)
{	int w, x, i, j = -1;

	for (w = i = 0; w < range; w++)
	for (x = 0; x < 8; x++, i++)
	{
from:		if ((X[w] & (1<<x)))
		{	printf("%d", i);
			j = i;
			goto upto;
	}	}
	return;
	for (w = 0; w < range; w++)
	for (x = 0; x < 8; x++, i++)
	{
upto:		if (!(X[w] & (1<<x)))
		{	if (i-1 == j)
				printf(", ");
			else
				printf("-%d, ", i-1);
			goto from;
	}	}
	if (j >= 0 && j != 255)
		printf("-255");
}

void
dumpranges(void)
{	Vr_Ptr *tmp;
	printf("\nValues assigned within ");
	printf("interval [0..255]:\n");
	for (tmp = ranges; tmp; tmp = tmp->nxt)
	{	printf("\t%s\t: ", tmp->nm);
		dumpval(tmp->vals, BYTESIZE);
		printf("\n");
	}
}
#endif
