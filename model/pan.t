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

	trans[4][1]	= settr(1791,0,2,3,0,"(((((opsRunning==0)&&(running==0))&&(tpatch==0))&&!(lock)))", 1, 2, 0);
	trans[4][2]	= settr(1792,0,3,4,0,"assert(((pend[1]==0)&&(pend[2]==0)))", 1, 2, 0);
	trans[4][3]	= settr(1793,0,0,5,5,"-end-", 0, 3500, 0);

	/* proctype 3: :init: */

	trans[3] = (Trans **) emalloc(30*sizeof(Trans *));

	T = trans[ 3][28] = settr(1789,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(1789,2,1,0,0,"ATOMIC", 1, 2, 0);
	trans[3][1]	= settr(1762,2,22,6,6,"bound[0] = 1", 1, 2, 0); /* m: 2 -> 0,22 */
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
	trans[3][23]	= settr(1784,2,22,1,0,".(goto)", 1, 2, 0);
	T = trans[3][22] = settr(1783,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(1783,2,17,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(1783,2,20,0,0,"DO", 1, 2, 0);
	trans[3][17]	= settr(1778,2,18,7,0,"((k<2))", 1, 2, 0);
	trans[3][18]	= settr(1779,2,19,8,8,"(run Thread(k))", 1, 2, 0);
	trans[3][19]	= settr(1780,2,22,9,9,"k = (k+1)", 1, 2, 0);
	trans[3][20]	= settr(1781,2,25,2,0,"else", 1, 2, 0);
	trans[3][21]	= settr(1782,2,25,1,0,"goto :b4", 1, 2, 0);
	trans[3][24]	= settr(1785,2,25,1,0,"break", 1, 2, 0);
	trans[3][25]	= settr(1786,2,26,10,10,"(run Driver())", 1, 2, 0);
	trans[3][26]	= settr(1787,2,27,11,11,"(run Operator())", 1, 2, 0);
	trans[3][27]	= settr(1788,0,29,12,12,"(run Monitor())", 1, 2, 0);
	trans[3][29]	= settr(1790,0,0,13,13,"-end-", 0, 3500, 0);

	/* proctype 2: Operator */

	trans[2] = (Trans **) emalloc(778*sizeof(Trans *));

	T = trans[ 2][104] = settr(1088,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1088,0,4,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][4] = settr(988,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(988,0,3,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][3] = settr(987,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(987,2,1,0,0,"ATOMIC", 1, 2, 0);
	trans[2][1]	= settr(985,4,100,14,14,"(!(lock))", 1, 2, 0); /* m: 2 -> 100,0 */
	reached2[2] = 1;
	trans[2][2]	= settr(0,0,0,0,0,"lock = 1",0,0,0);
	T = trans[2][100] = settr(1084,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1084,0,5,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1084,0,18,0,0,"IF", 0, 2, 0);
	trans[2][5]	= settr(989,0,6,15,0,"((((tpatch==1)&&(wtgt==1))&&!(completing)))", 1, 2, 0);
	trans[2][6]	= settr(990,0,17,16,16,"pend[1] = (pend[1]+1)", 1, 2, 0);
	T = trans[ 2][17] = settr(1001,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1001,0,11,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][11]	= settr(995,32,16,17,17,"D_STEP226", 1, 2, 0);
	T = trans[ 2][16] = settr(1000,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1000,0,15,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][15]	= settr(999,32,103,18,18,"D_STEP189", 1, 2, 0);
	trans[2][101]	= settr(1085,0,103,1,0,".(goto)", 0, 2, 0);
	trans[2][18]	= settr(1002,0,98,2,0,"else", 0, 2, 0);
	T = trans[2][98] = settr(1082,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1082,0,19,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1082,0,96,0,0,"IF", 0, 2, 0);
	trans[2][19]	= settr(1003,0,95,19,0,"((((loaded[1]&&!(loading[1]))&&on[1])&&(tpatch==0)))", 1, 2, 0);
	T = trans[ 2][95] = settr(1079,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1079,0,41,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][41] = settr(1025,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1025,0,40,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][40]	= settr(1024,32,66,20,20,"D_STEP175", 1, 2, 0);
	T = trans[2][66] = settr(1050,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1050,0,42,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1050,0,64,0,0,"IF", 0, 2, 0);
	trans[2][42]	= settr(1026,0,63,21,0,"(((1==1)||(0==1)))", 0, 2, 0);
	T = trans[ 2][63] = settr(1047,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1047,0,61,0,0,"sub-sequence", 0, 2, 0);
	T = trans[2][61] = settr(1045,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1045,0,43,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1045,0,59,0,0,"IF", 0, 2, 0);
	trans[2][43]	= settr(1027,0,58,22,0,"(((sz[0]>0)&&(stk[(((2*0)+sz[0])-1)]==1)))", 1, 2, 0);
	T = trans[ 2][58] = settr(1042,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1042,0,57,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][57]	= settr(1041,32,88,23,23,"D_STEP153", 1, 2, 0);
	trans[2][62]	= settr(1046,0,88,1,0,".(goto)", 0, 2, 0);
	trans[2][59]	= settr(1043,0,60,2,0,"else", 0, 2, 0);
	trans[2][60]	= settr(1044,0,88,1,0,"(1)", 0, 2, 0);
	trans[2][67]	= settr(1051,0,88,1,0,".(goto)", 0, 2, 0);
	trans[2][64]	= settr(1048,0,65,2,0,"else", 0, 2, 0);
	trans[2][65]	= settr(1049,0,88,1,0,"(1)", 0, 2, 0);
	T = trans[ 2][88] = settr(1072,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1072,0,86,0,0,"sub-sequence", 0, 2, 0);
	T = trans[2][86] = settr(1070,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1070,0,68,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1070,0,84,0,0,"IF", 0, 2, 0);
	trans[2][68]	= settr(1052,0,83,24,0,"(((sz[1]>0)&&(stk[(((2*1)+sz[1])-1)]==1)))", 1, 2, 0);
	T = trans[ 2][83] = settr(1067,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1067,0,82,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][82]	= settr(1066,32,89,25,25,"D_STEP153", 1, 2, 0);
	trans[2][87]	= settr(1071,0,89,1,0,".(goto)", 0, 2, 0);
	trans[2][84]	= settr(1068,0,85,2,0,"else", 0, 2, 0);
	trans[2][85]	= settr(1069,0,89,1,0,"(1)", 0, 2, 0);
	trans[2][89]	= settr(1073,0,94,26,26,"on[1] = 0", 1, 2, 0);
	T = trans[ 2][94] = settr(1078,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1078,0,93,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][93]	= settr(1077,32,103,27,27,"D_STEP189", 1, 2, 0);
	trans[2][99]	= settr(1083,0,103,1,0,".(goto)", 0, 2, 0);
	trans[2][96]	= settr(1080,0,97,2,0,"else", 0, 2, 0);
	trans[2][97]	= settr(1081,0,103,1,0,"(1)", 0, 2, 0);
	T = trans[ 2][103] = settr(1087,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1087,0,102,0,0,"sub-sequence", 0, 2, 0);
	trans[2][102]	= settr(1086,0,200,28,28,"lock = 0", 1, 2, 0);
	T = trans[2][200] = settr(1184,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1184,0,198,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1184,0,199,0,0,"IF", 0, 2, 0);
	T = trans[ 2][198] = settr(1182,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1182,0,108,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][108] = settr(1092,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1092,0,107,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][107] = settr(1091,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(1091,2,105,0,0,"ATOMIC", 1, 2, 0);
	trans[2][105]	= settr(1089,4,194,29,29,"(!(lock))", 1, 2, 0); /* m: 106 -> 194,0 */
	reached2[106] = 1;
	trans[2][106]	= settr(0,0,0,0,0,"lock = 1",0,0,0);
	T = trans[2][194] = settr(1178,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1178,0,109,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1178,0,122,0,0,"IF", 0, 2, 0);
	trans[2][109]	= settr(1093,0,110,30,0,"((((tpatch==1)&&(wtgt==0))&&!(completing)))", 1, 2, 0);
	trans[2][110]	= settr(1094,0,121,31,31,"pend[1] = (pend[1]+1)", 1, 2, 0);
	T = trans[ 2][121] = settr(1105,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1105,0,115,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][115]	= settr(1099,32,120,32,32,"D_STEP226", 1, 2, 0);
	T = trans[ 2][120] = settr(1104,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1104,0,119,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][119]	= settr(1103,32,197,33,33,"D_STEP189", 1, 2, 0);
	trans[2][195]	= settr(1179,0,197,1,0,".(goto)", 0, 2, 0);
	trans[2][122]	= settr(1106,0,192,2,0,"else", 0, 2, 0);
	T = trans[2][192] = settr(1176,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1176,0,123,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1176,0,190,0,0,"IF", 0, 2, 0);
	trans[2][123]	= settr(1107,0,189,34,0,"((((loaded[1]&&!(loading[1]))&&!(on[1]))&&(tpatch==0)))", 1, 2, 0);
	T = trans[ 2][189] = settr(1173,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1173,0,145,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][145] = settr(1129,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1129,0,144,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][144]	= settr(1128,32,164,35,35,"D_STEP175", 1, 2, 0);
	T = trans[2][164] = settr(1148,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1148,0,146,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1148,0,162,0,0,"IF", 0, 2, 0);
	trans[2][146]	= settr(1130,0,161,36,0,"(((1==1)||(0==1)))", 0, 2, 0);
	T = trans[ 2][161] = settr(1145,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1145,0,160,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][160]	= settr(1144,32,180,37,37,"D_STEP153", 1, 2, 0);
	trans[2][165]	= settr(1149,0,180,1,0,".(goto)", 0, 2, 0);
	trans[2][162]	= settr(1146,0,163,2,0,"else", 0, 2, 0);
	trans[2][163]	= settr(1147,0,180,1,0,"(1)", 0, 2, 0);
	T = trans[ 2][180] = settr(1164,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1164,0,179,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][179]	= settr(1163,32,183,38,38,"D_STEP153", 1, 2, 0);
/*->*/	trans[2][183]	= settr(1167,32,188,39,39,"D_STEP198", 1, 2, 0);
	T = trans[ 2][188] = settr(1172,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1172,0,187,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][187]	= settr(1171,32,197,40,40,"D_STEP189", 1, 2, 0);
	trans[2][193]	= settr(1177,0,197,1,0,".(goto)", 0, 2, 0);
	trans[2][190]	= settr(1174,0,191,2,0,"else", 0, 2, 0);
	trans[2][191]	= settr(1175,0,197,1,0,"(1)", 0, 2, 0);
	T = trans[ 2][197] = settr(1181,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1181,0,196,0,0,"sub-sequence", 0, 2, 0);
	trans[2][196]	= settr(1180,0,202,41,41,"lock = 0", 1, 2, 0);
	trans[2][201]	= settr(1185,0,202,1,0,".(goto)", 0, 2, 0);
	trans[2][199]	= settr(1183,0,202,1,0,"(1)", 0, 2, 0);
	trans[2][202]	= settr(1186,0,306,42,0,"((tpatch==0))", 1, 2, 0);
	T = trans[ 2][306] = settr(1290,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1290,0,206,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][206] = settr(1190,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1190,0,205,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][205] = settr(1189,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(1189,2,203,0,0,"ATOMIC", 1, 2, 0);
	trans[2][203]	= settr(1187,4,302,43,43,"(!(lock))", 1, 2, 0); /* m: 204 -> 302,0 */
	reached2[204] = 1;
	trans[2][204]	= settr(0,0,0,0,0,"lock = 1",0,0,0);
	T = trans[2][302] = settr(1286,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1286,0,207,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1286,0,220,0,0,"IF", 0, 2, 0);
	trans[2][207]	= settr(1191,0,208,44,0,"((((tpatch==2)&&(wtgt==1))&&!(completing)))", 1, 2, 0);
	trans[2][208]	= settr(1192,0,219,45,45,"pend[2] = (pend[2]+1)", 1, 2, 0);
	T = trans[ 2][219] = settr(1203,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1203,0,213,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][213]	= settr(1197,32,218,46,46,"D_STEP226", 1, 2, 0);
	T = trans[ 2][218] = settr(1202,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1202,0,217,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][217]	= settr(1201,32,305,47,47,"D_STEP189", 1, 2, 0);
	trans[2][303]	= settr(1287,0,305,1,0,".(goto)", 0, 2, 0);
	trans[2][220]	= settr(1204,0,300,2,0,"else", 0, 2, 0);
	T = trans[2][300] = settr(1284,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1284,0,221,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1284,0,298,0,0,"IF", 0, 2, 0);
	trans[2][221]	= settr(1205,0,297,48,0,"((((loaded[2]&&!(loading[2]))&&on[2])&&(tpatch==0)))", 1, 2, 0);
	T = trans[ 2][297] = settr(1281,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1281,0,243,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][243] = settr(1227,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1227,0,242,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][242]	= settr(1226,32,268,49,49,"D_STEP175", 1, 2, 0);
	T = trans[2][268] = settr(1252,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1252,0,244,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1252,0,266,0,0,"IF", 0, 2, 0);
	trans[2][244]	= settr(1228,0,265,50,0,"(((2==1)||(0==1)))", 0, 2, 0);
	T = trans[ 2][265] = settr(1249,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1249,0,263,0,0,"sub-sequence", 0, 2, 0);
	T = trans[2][263] = settr(1247,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1247,0,245,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1247,0,261,0,0,"IF", 0, 2, 0);
	trans[2][245]	= settr(1229,0,260,51,0,"(((sz[0]>0)&&(stk[(((2*0)+sz[0])-1)]==2)))", 1, 2, 0);
	T = trans[ 2][260] = settr(1244,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1244,0,259,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][259]	= settr(1243,32,290,52,52,"D_STEP153", 1, 2, 0);
	trans[2][264]	= settr(1248,0,290,1,0,".(goto)", 0, 2, 0);
	trans[2][261]	= settr(1245,0,262,2,0,"else", 0, 2, 0);
	trans[2][262]	= settr(1246,0,290,1,0,"(1)", 0, 2, 0);
	trans[2][269]	= settr(1253,0,290,1,0,".(goto)", 0, 2, 0);
	trans[2][266]	= settr(1250,0,267,2,0,"else", 0, 2, 0);
	trans[2][267]	= settr(1251,0,290,1,0,"(1)", 0, 2, 0);
	T = trans[ 2][290] = settr(1274,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1274,0,288,0,0,"sub-sequence", 0, 2, 0);
	T = trans[2][288] = settr(1272,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1272,0,270,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1272,0,286,0,0,"IF", 0, 2, 0);
	trans[2][270]	= settr(1254,0,285,53,0,"(((sz[1]>0)&&(stk[(((2*1)+sz[1])-1)]==2)))", 1, 2, 0);
	T = trans[ 2][285] = settr(1269,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1269,0,284,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][284]	= settr(1268,32,291,54,54,"D_STEP153", 1, 2, 0);
	trans[2][289]	= settr(1273,0,291,1,0,".(goto)", 0, 2, 0);
	trans[2][286]	= settr(1270,0,287,2,0,"else", 0, 2, 0);
	trans[2][287]	= settr(1271,0,291,1,0,"(1)", 0, 2, 0);
	trans[2][291]	= settr(1275,0,296,55,55,"on[2] = 0", 1, 2, 0);
	T = trans[ 2][296] = settr(1280,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1280,0,295,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][295]	= settr(1279,32,305,56,56,"D_STEP189", 1, 2, 0);
	trans[2][301]	= settr(1285,0,305,1,0,".(goto)", 0, 2, 0);
	trans[2][298]	= settr(1282,0,299,2,0,"else", 0, 2, 0);
	trans[2][299]	= settr(1283,0,305,1,0,"(1)", 0, 2, 0);
	T = trans[ 2][305] = settr(1289,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1289,0,304,0,0,"sub-sequence", 0, 2, 0);
	trans[2][304]	= settr(1288,0,669,57,57,"lock = 0", 1, 2, 0);
	T = trans[2][669] = settr(1653,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1653,0,667,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1653,0,668,0,0,"IF", 0, 2, 0);
	T = trans[ 2][667] = settr(1651,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1651,0,310,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][310] = settr(1294,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1294,0,309,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][309] = settr(1293,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(1293,2,307,0,0,"ATOMIC", 1, 2, 0);
	trans[2][307]	= settr(1291,4,663,58,58,"(!(lock))", 1, 2, 0); /* m: 308 -> 663,0 */
	reached2[308] = 1;
	trans[2][308]	= settr(0,0,0,0,0,"lock = 1",0,0,0);
	T = trans[2][663] = settr(1647,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1647,0,311,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1647,0,661,0,0,"IF", 0, 2, 0);
	trans[2][311]	= settr(1295,0,316,59,0,"((tpatch==2))", 1, 2, 0);
/*->*/	trans[2][316]	= settr(1300,32,660,60,60,"D_STEP552", 1, 2, 0);
	T = trans[ 2][660] = settr(1644,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1644,0,317,0,0,"sub-sequence", 0, 2, 0);
	trans[2][317]	= settr(1301,0,658,61,61,"wall = 1", 1, 2, 0);
	T = trans[2][658] = settr(1642,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1642,0,318,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1642,0,474,0,0,"IF", 0, 2, 0);
	trans[2][318]	= settr(1302,0,473,62,0,"(tforced)", 1, 2, 0);
	T = trans[ 2][473] = settr(1457,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1457,0,369,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][369] = settr(1353,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1353,0,347,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][347]	= settr(1331,32,368,63,63,"D_STEP266", 1, 2, 0);
/*->*/	trans[2][368]	= settr(1352,32,420,64,64,"D_STEP274", 1, 2, 0);
	T = trans[ 2][420] = settr(1404,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1404,0,398,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][398]	= settr(1382,32,419,65,65,"D_STEP266", 1, 2, 0);
/*->*/	trans[2][419]	= settr(1403,32,421,66,66,"D_STEP274", 1, 2, 0);
	trans[2][421]	= settr(1405,0,472,67,0,"assert((!(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1]))))", 1, 2, 0);
/*->*/	trans[2][472]	= settr(1456,32,666,68,68,"D_STEP287", 1, 2, 0);
	trans[2][659]	= settr(1643,0,666,1,0,".(goto)", 0, 2, 0);
	trans[2][474]	= settr(1458,0,496,2,0,"else", 0, 2, 0);
	T = trans[ 2][496] = settr(1480,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1480,0,480,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][480]	= settr(1464,32,487,69,69,"D_STEP244", 1, 2, 0);
	T = trans[ 2][487] = settr(1471,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1471,0,485,0,0,"sub-sequence", 0, 2, 0);
	T = trans[2][485] = settr(1469,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1469,0,481,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1469,0,483,0,0,"IF", 0, 2, 0);
	trans[2][481]	= settr(1465,0,482,70,0,"((ann[0]!=2))", 1, 2, 0);
	trans[2][482]	= settr(1466,0,494,1,0,"(1)", 0, 2, 0);
	trans[2][486]	= settr(1470,0,494,1,0,".(goto)", 0, 2, 0);
	trans[2][483]	= settr(1467,0,484,71,0,"((ann[0]==2))", 1, 2, 0);
	trans[2][484]	= settr(1468,0,494,72,72,"synced = 0", 1, 2, 0);
	T = trans[ 2][494] = settr(1478,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1478,0,492,0,0,"sub-sequence", 0, 2, 0);
	T = trans[2][492] = settr(1476,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1476,0,488,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1476,0,490,0,0,"IF", 0, 2, 0);
	trans[2][488]	= settr(1472,0,489,73,0,"((ann[1]!=2))", 1, 2, 0);
	trans[2][489]	= settr(1473,0,495,1,0,"(1)", 0, 2, 0);
	trans[2][493]	= settr(1477,0,495,1,0,".(goto)", 0, 2, 0);
	trans[2][490]	= settr(1474,0,491,74,0,"((ann[1]==2))", 1, 2, 0);
	trans[2][491]	= settr(1475,0,495,75,75,"synced = 0", 1, 2, 0);
	trans[2][495]	= settr(1479,0,656,76,76,"gpLock = 0", 1, 2, 0);
	T = trans[2][656] = settr(1640,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1640,0,497,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1640,0,500,0,0,"IF", 0, 2, 0);
	trans[2][497]	= settr(1481,0,498,77,0,"(!(synced))", 1, 2, 0);
	trans[2][498]	= settr(1482,0,499,78,78,"completing = 1", 1, 2, 0);
	trans[2][499]	= settr(1483,0,666,79,79,"synced = 0", 1, 2, 0);
	trans[2][657]	= settr(1641,0,666,1,0,".(goto)", 0, 2, 0);
	trans[2][500]	= settr(1484,0,655,2,0,"else", 0, 2, 0);
	T = trans[ 2][655] = settr(1639,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1639,0,551,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][551] = settr(1535,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1535,0,529,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][529]	= settr(1513,32,550,80,80,"D_STEP266", 1, 2, 0);
/*->*/	trans[2][550]	= settr(1534,32,602,81,81,"D_STEP274", 1, 2, 0);
	T = trans[ 2][602] = settr(1586,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1586,0,580,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][580]	= settr(1564,32,601,82,82,"D_STEP266", 1, 2, 0);
/*->*/	trans[2][601]	= settr(1585,32,603,83,83,"D_STEP274", 1, 2, 0);
	trans[2][603]	= settr(1587,0,654,84,0,"assert((!(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1]))))", 1, 2, 0);
/*->*/	trans[2][654]	= settr(1638,32,666,85,85,"D_STEP287", 1, 2, 0);
	trans[2][664]	= settr(1648,0,666,1,0,".(goto)", 0, 2, 0);
	trans[2][661]	= settr(1645,0,662,2,0,"else", 0, 2, 0);
	trans[2][662]	= settr(1646,0,666,1,0,"(1)", 0, 2, 0);
	T = trans[ 2][666] = settr(1650,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1650,0,665,0,0,"sub-sequence", 0, 2, 0);
	trans[2][665]	= settr(1649,0,671,86,86,"lock = 0", 1, 2, 0);
	trans[2][670]	= settr(1654,0,671,1,0,".(goto)", 0, 2, 0);
	trans[2][668]	= settr(1652,0,671,1,0,"(1)", 0, 2, 0);
	trans[2][671]	= settr(1655,0,775,87,0,"((tpatch==0))", 1, 2, 0);
	T = trans[ 2][775] = settr(1759,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1759,0,675,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][675] = settr(1659,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1659,0,674,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][674] = settr(1658,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(1658,2,672,0,0,"ATOMIC", 1, 2, 0);
	trans[2][672]	= settr(1656,4,771,88,88,"(!(lock))", 1, 2, 0); /* m: 673 -> 771,0 */
	reached2[673] = 1;
	trans[2][673]	= settr(0,0,0,0,0,"lock = 1",0,0,0);
	T = trans[2][771] = settr(1755,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1755,0,676,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1755,0,689,0,0,"IF", 0, 2, 0);
	trans[2][676]	= settr(1660,0,677,89,0,"((((tpatch==1)&&(wtgt==1))&&!(completing)))", 1, 2, 0);
	trans[2][677]	= settr(1661,0,688,90,90,"pend[1] = (pend[1]+1)", 1, 2, 0);
	T = trans[ 2][688] = settr(1672,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1672,0,682,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][682]	= settr(1666,32,687,91,91,"D_STEP226", 1, 2, 0);
	T = trans[ 2][687] = settr(1671,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1671,0,686,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][686]	= settr(1670,32,774,92,92,"D_STEP189", 1, 2, 0);
	trans[2][772]	= settr(1756,0,774,1,0,".(goto)", 0, 2, 0);
	trans[2][689]	= settr(1673,0,769,2,0,"else", 0, 2, 0);
	T = trans[2][769] = settr(1753,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1753,0,690,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1753,0,767,0,0,"IF", 0, 2, 0);
	trans[2][690]	= settr(1674,0,766,93,0,"((((loaded[1]&&!(loading[1]))&&on[1])&&(tpatch==0)))", 1, 2, 0);
	T = trans[ 2][766] = settr(1750,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1750,0,712,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][712] = settr(1696,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1696,0,711,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][711]	= settr(1695,32,737,94,94,"D_STEP175", 1, 2, 0);
	T = trans[2][737] = settr(1721,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1721,0,713,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1721,0,735,0,0,"IF", 0, 2, 0);
	trans[2][713]	= settr(1697,0,734,95,0,"(((1==1)||(0==1)))", 0, 2, 0);
	T = trans[ 2][734] = settr(1718,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1718,0,732,0,0,"sub-sequence", 0, 2, 0);
	T = trans[2][732] = settr(1716,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1716,0,714,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1716,0,730,0,0,"IF", 0, 2, 0);
	trans[2][714]	= settr(1698,0,729,96,0,"(((sz[0]>0)&&(stk[(((2*0)+sz[0])-1)]==1)))", 1, 2, 0);
	T = trans[ 2][729] = settr(1713,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1713,0,728,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][728]	= settr(1712,32,759,97,97,"D_STEP153", 1, 2, 0);
	trans[2][733]	= settr(1717,0,759,1,0,".(goto)", 0, 2, 0);
	trans[2][730]	= settr(1714,0,731,2,0,"else", 0, 2, 0);
	trans[2][731]	= settr(1715,0,759,1,0,"(1)", 0, 2, 0);
	trans[2][738]	= settr(1722,0,759,1,0,".(goto)", 0, 2, 0);
	trans[2][735]	= settr(1719,0,736,2,0,"else", 0, 2, 0);
	trans[2][736]	= settr(1720,0,759,1,0,"(1)", 0, 2, 0);
	T = trans[ 2][759] = settr(1743,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1743,0,757,0,0,"sub-sequence", 0, 2, 0);
	T = trans[2][757] = settr(1741,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1741,0,739,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1741,0,755,0,0,"IF", 0, 2, 0);
	trans[2][739]	= settr(1723,0,754,98,0,"(((sz[1]>0)&&(stk[(((2*1)+sz[1])-1)]==1)))", 1, 2, 0);
	T = trans[ 2][754] = settr(1738,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1738,0,753,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][753]	= settr(1737,32,760,99,99,"D_STEP153", 1, 2, 0);
	trans[2][758]	= settr(1742,0,760,1,0,".(goto)", 0, 2, 0);
	trans[2][755]	= settr(1739,0,756,2,0,"else", 0, 2, 0);
	trans[2][756]	= settr(1740,0,760,1,0,"(1)", 0, 2, 0);
	trans[2][760]	= settr(1744,0,765,100,100,"on[1] = 0", 1, 2, 0);
	T = trans[ 2][765] = settr(1749,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1749,0,764,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][764]	= settr(1748,32,774,101,101,"D_STEP189", 1, 2, 0);
	trans[2][770]	= settr(1754,0,774,1,0,".(goto)", 0, 2, 0);
	trans[2][767]	= settr(1751,0,768,2,0,"else", 0, 2, 0);
	trans[2][768]	= settr(1752,0,774,1,0,"(1)", 0, 2, 0);
	T = trans[ 2][774] = settr(1758,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1758,0,773,0,0,"sub-sequence", 0, 2, 0);
	trans[2][773]	= settr(1757,0,776,102,102,"lock = 0", 1, 2, 0);
	trans[2][776]	= settr(1760,0,777,103,103,"opsRunning = (opsRunning-1)", 1, 2, 0);
	trans[2][777]	= settr(1761,0,0,104,104,"-end-", 0, 3500, 0);

	/* proctype 1: Driver */

	trans[1] = (Trans **) emalloc(627*sizeof(Trans *));

	trans[1][624]	= settr(982,0,623,1,0,".(goto)", 0, 2, 0);
	T = trans[1][623] = settr(981,0,0,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(981,0,11,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(981,0,428,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(981,0,622,0,0,"DO", 0, 2, 0);
	T = trans[ 1][11] = settr(369,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(369,2,1,0,0,"ATOMIC", 1, 2, 0);
	trans[1][1]	= settr(359,2,10,105,105,"(((!(lock)&&(tpatch!=0))&&!(completing)))", 1, 2, 0); /* m: 2 -> 10,0 */
	reached1[2] = 1;
	trans[1][2]	= settr(0,0,0,0,0,"lock = 1",0,0,0);
	T = trans[ 1][10] = settr(368,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(368,0,8,0,0,"sub-sequence", 1, 2, 0);
	T = trans[1][8] = settr(366,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(366,2,3,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(366,2,6,0,0,"IF", 1, 2, 0);
	trans[1][3]	= settr(361,4,414,106,106,"(((opsRunning==0)&&(running==0)))", 1, 2, 0); /* m: 4 -> 414,0 */
	reached1[4] = 1;
	trans[1][4]	= settr(0,0,0,0,0,"idle = (idle+1)",0,0,0);
	trans[1][5]	= settr(0,0,0,0,0,"assert((idle<=3))",0,0,0);
	trans[1][9]	= settr(367,0,414,107,107,".(goto)", 1, 2, 0);
	trans[1][6]	= settr(364,2,7,2,0,"else", 1, 2, 0);
	trans[1][7]	= settr(365,4,414,108,108,"(1)", 1, 2, 0); /* m: 9 -> 414,0 */
	reached1[9] = 1;
	T = trans[1][414] = settr(772,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(772,0,12,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(772,0,412,0,0,"IF", 0, 2, 0);
	trans[1][12]	= settr(370,0,411,109,0,"(((tpatch!=0)&&!(completing)))", 1, 2, 0);
	T = trans[ 1][411] = settr(769,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(769,0,15,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][15]	= settr(373,32,39,110,110,"D_STEP319", 1, 2, 0);
/*->*/	trans[1][39]	= settr(397,32,409,111,111,"D_STEP323", 1, 2, 0);
	T = trans[1][409] = settr(767,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(767,0,40,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(767,0,386,0,0,"IF", 0, 2, 0);
	trans[1][40]	= settr(398,0,41,112,0,"(all)", 1, 2, 0);
	trans[1][41]	= settr(399,0,385,113,113,"all = 0", 1, 2, 0);
	T = trans[ 1][385] = settr(743,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(743,0,42,0,0,"sub-sequence", 0, 2, 0);
	trans[1][42]	= settr(400,0,383,114,114,"wall = 1", 1, 2, 0);
	T = trans[1][383] = settr(741,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(741,0,43,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(741,0,199,0,0,"IF", 0, 2, 0);
	trans[1][43]	= settr(401,0,198,115,0,"(tforced)", 1, 2, 0);
	T = trans[ 1][198] = settr(556,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(556,0,94,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 1][94] = settr(452,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(452,0,72,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][72]	= settr(430,32,93,116,116,"D_STEP266", 1, 2, 0);
/*->*/	trans[1][93]	= settr(451,32,145,117,117,"D_STEP274", 1, 2, 0);
	T = trans[ 1][145] = settr(503,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(503,0,123,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][123]	= settr(481,32,144,118,118,"D_STEP266", 1, 2, 0);
/*->*/	trans[1][144]	= settr(502,32,146,119,119,"D_STEP274", 1, 2, 0);
	trans[1][146]	= settr(504,0,197,120,0,"assert((!(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1]))))", 1, 2, 0);
/*->*/	trans[1][197]	= settr(555,32,417,121,121,"D_STEP287", 1, 2, 0);
	trans[1][384]	= settr(742,0,417,1,0,".(goto)", 0, 2, 0);
	trans[1][199]	= settr(557,0,221,2,0,"else", 0, 2, 0);
	T = trans[ 1][221] = settr(579,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(579,0,205,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][205]	= settr(563,32,212,122,122,"D_STEP244", 1, 2, 0);
	T = trans[ 1][212] = settr(570,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(570,0,210,0,0,"sub-sequence", 0, 2, 0);
	T = trans[1][210] = settr(568,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(568,0,206,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(568,0,208,0,0,"IF", 0, 2, 0);
	trans[1][206]	= settr(564,0,207,123,0,"((ann[0]!=2))", 1, 2, 0);
	trans[1][207]	= settr(565,0,219,1,0,"(1)", 0, 2, 0);
	trans[1][211]	= settr(569,0,219,1,0,".(goto)", 0, 2, 0);
	trans[1][208]	= settr(566,0,209,124,0,"((ann[0]==2))", 1, 2, 0);
	trans[1][209]	= settr(567,0,219,125,125,"synced = 0", 1, 2, 0);
	T = trans[ 1][219] = settr(577,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(577,0,217,0,0,"sub-sequence", 0, 2, 0);
	T = trans[1][217] = settr(575,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(575,0,213,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(575,0,215,0,0,"IF", 0, 2, 0);
	trans[1][213]	= settr(571,0,214,126,0,"((ann[1]!=2))", 1, 2, 0);
	trans[1][214]	= settr(572,0,220,1,0,"(1)", 0, 2, 0);
	trans[1][218]	= settr(576,0,220,1,0,".(goto)", 0, 2, 0);
	trans[1][215]	= settr(573,0,216,127,0,"((ann[1]==2))", 1, 2, 0);
	trans[1][216]	= settr(574,0,220,128,128,"synced = 0", 1, 2, 0);
	trans[1][220]	= settr(578,0,381,129,129,"gpLock = 0", 1, 2, 0);
	T = trans[1][381] = settr(739,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(739,0,222,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(739,0,225,0,0,"IF", 0, 2, 0);
	trans[1][222]	= settr(580,0,223,130,0,"(!(synced))", 1, 2, 0);
	trans[1][223]	= settr(581,0,224,131,131,"completing = 1", 1, 2, 0);
	trans[1][224]	= settr(582,0,417,132,132,"synced = 0", 1, 2, 0);
	trans[1][382]	= settr(740,0,417,1,0,".(goto)", 0, 2, 0);
	trans[1][225]	= settr(583,0,380,2,0,"else", 0, 2, 0);
	T = trans[ 1][380] = settr(738,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(738,0,276,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 1][276] = settr(634,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(634,0,254,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][254]	= settr(612,32,275,133,133,"D_STEP266", 1, 2, 0);
/*->*/	trans[1][275]	= settr(633,32,327,134,134,"D_STEP274", 1, 2, 0);
	T = trans[ 1][327] = settr(685,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(685,0,305,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][305]	= settr(663,32,326,135,135,"D_STEP266", 1, 2, 0);
/*->*/	trans[1][326]	= settr(684,32,328,136,136,"D_STEP274", 1, 2, 0);
	trans[1][328]	= settr(686,0,379,137,0,"assert((!(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1]))))", 1, 2, 0);
/*->*/	trans[1][379]	= settr(737,32,417,138,138,"D_STEP287", 1, 2, 0);
	trans[1][410]	= settr(768,0,417,1,0,".(goto)", 0, 2, 0);
	trans[1][386]	= settr(744,0,391,2,0,"else", 0, 2, 0);
	T = trans[1][391] = settr(749,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(749,0,387,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(749,0,389,0,0,"IF", 0, 2, 0);
	trans[1][387]	= settr(745,0,388,139,0,"((rounds<2))", 1, 2, 0);
	trans[1][388]	= settr(746,0,407,140,140,"rounds = (rounds+1)", 1, 2, 0);
	trans[1][392]	= settr(750,0,407,1,0,".(goto)", 0, 2, 0);
	trans[1][389]	= settr(747,0,390,2,0,"else", 0, 2, 0);
	trans[1][390]	= settr(748,0,407,1,0,"(1)", 0, 2, 0);
	T = trans[1][407] = settr(765,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(765,0,393,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(765,0,405,0,0,"IF", 0, 2, 0);
	trans[1][393]	= settr(751,0,404,141,0,"(((rounds>=2)&&!(reversed)))", 1, 2, 0);
	T = trans[ 1][404] = settr(762,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(762,0,398,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][398]	= settr(756,32,403,142,142,"D_STEP226", 1, 2, 0);
	T = trans[ 1][403] = settr(761,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(761,0,402,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][402]	= settr(760,32,417,143,143,"D_STEP189", 1, 2, 0);
	trans[1][408]	= settr(766,0,417,1,0,".(goto)", 0, 2, 0);
	trans[1][405]	= settr(763,0,406,2,0,"else", 0, 2, 0);
	trans[1][406]	= settr(764,0,417,1,0,"(1)", 0, 2, 0);
	trans[1][415]	= settr(773,0,417,1,0,".(goto)", 0, 2, 0);
	trans[1][412]	= settr(770,0,413,2,0,"else", 0, 2, 0);
	trans[1][413]	= settr(771,0,417,1,0,"(1)", 0, 2, 0);
	T = trans[ 1][417] = settr(775,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(775,0,416,0,0,"sub-sequence", 0, 2, 0);
	trans[1][416]	= settr(774,0,623,144,144,"lock = 0", 1, 2, 0);
	T = trans[ 1][428] = settr(786,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(786,2,418,0,0,"ATOMIC", 1, 2, 0);
	trans[1][418]	= settr(776,2,427,145,145,"(((tpatch!=0)&&completing))", 1, 2, 0); /* m: 419 -> 427,0 */
	reached1[419] = 1;
	trans[1][419]	= settr(0,0,0,0,0,"g = tgen",0,0,0);
	T = trans[ 1][427] = settr(785,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(785,0,425,0,0,"sub-sequence", 1, 2, 0);
	T = trans[1][425] = settr(783,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(783,2,420,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(783,2,423,0,0,"IF", 1, 2, 0);
	trans[1][420]	= settr(778,4,450,146,146,"(((opsRunning==0)&&(running==0)))", 1, 2, 0); /* m: 421 -> 450,0 */
	reached1[421] = 1;
	trans[1][421]	= settr(0,0,0,0,0,"idle = (idle+1)",0,0,0);
	trans[1][422]	= settr(0,0,0,0,0,"assert((idle<=3))",0,0,0);
	trans[1][426]	= settr(784,0,450,147,147,".(goto)", 1, 2, 0);
	trans[1][423]	= settr(781,2,424,2,0,"else", 1, 2, 0);
	trans[1][424]	= settr(782,4,450,148,148,"(1)", 1, 2, 0); /* m: 426 -> 450,0 */
	reached1[426] = 1;
	T = trans[ 1][450] = settr(808,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(808,0,434,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][434]	= settr(792,32,441,149,149,"D_STEP244", 1, 2, 0);
	T = trans[ 1][441] = settr(799,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(799,0,439,0,0,"sub-sequence", 0, 2, 0);
	T = trans[1][439] = settr(797,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(797,0,435,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(797,0,437,0,0,"IF", 0, 2, 0);
	trans[1][435]	= settr(793,0,436,150,0,"((ann[0]!=2))", 1, 2, 0);
	trans[1][436]	= settr(794,0,448,1,0,"(1)", 0, 2, 0);
	trans[1][440]	= settr(798,0,448,1,0,".(goto)", 0, 2, 0);
	trans[1][437]	= settr(795,0,438,151,0,"((ann[0]==2))", 1, 2, 0);
	trans[1][438]	= settr(796,0,448,152,152,"ok = 0", 0, 2, 0);
	T = trans[ 1][448] = settr(806,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(806,0,446,0,0,"sub-sequence", 0, 2, 0);
	T = trans[1][446] = settr(804,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(804,0,442,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(804,0,444,0,0,"IF", 0, 2, 0);
	trans[1][442]	= settr(800,0,443,153,0,"((ann[1]!=2))", 1, 2, 0);
	trans[1][443]	= settr(801,0,449,1,0,"(1)", 0, 2, 0);
	trans[1][447]	= settr(805,0,449,1,0,".(goto)", 0, 2, 0);
	trans[1][444]	= settr(802,0,445,154,0,"((ann[1]==2))", 1, 2, 0);
	trans[1][445]	= settr(803,0,449,155,155,"ok = 0", 0, 2, 0);
	trans[1][449]	= settr(807,0,454,156,156,"gpLock = 0", 1, 2, 0);
	T = trans[ 1][454] = settr(812,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(812,0,453,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 1][453] = settr(811,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(811,2,451,0,0,"ATOMIC", 1, 2, 0);
	trans[1][451]	= settr(809,4,613,157,157,"(!(lock))", 1, 2, 0); /* m: 452 -> 613,0 */
	reached1[452] = 1;
	trans[1][452]	= settr(0,0,0,0,0,"lock = 1",0,0,0);
	T = trans[1][613] = settr(971,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(971,0,455,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(971,0,611,0,0,"IF", 0, 2, 0);
	trans[1][455]	= settr(813,0,610,158,158,"(((((tpatch!=0)&&completing)&&(tgen==g))&&ok))", 1, 2, 0);
	T = trans[ 1][610] = settr(968,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(968,0,506,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 1][506] = settr(864,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(864,0,484,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][484]	= settr(842,32,505,159,159,"D_STEP266", 1, 2, 0);
/*->*/	trans[1][505]	= settr(863,32,557,160,160,"D_STEP274", 1, 2, 0);
	T = trans[ 1][557] = settr(915,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(915,0,535,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][535]	= settr(893,32,556,161,161,"D_STEP266", 1, 2, 0);
/*->*/	trans[1][556]	= settr(914,32,558,162,162,"D_STEP274", 1, 2, 0);
	trans[1][558]	= settr(916,0,609,163,0,"assert((!(reversed)||((((((stk[0]==snap[0])&&(stk[1]==snap[1]))&&(stk[2]==snap[2]))&&(stk[3]==snap[3]))&&(sz[0]==snapsz[0]))&&(sz[1]==snapsz[1]))))", 1, 2, 0);
/*->*/	trans[1][609]	= settr(967,32,619,164,164,"D_STEP287", 1, 2, 0);
	trans[1][614]	= settr(972,0,619,1,0,".(goto)", 0, 2, 0);
	trans[1][611]	= settr(969,0,612,2,0,"else", 0, 2, 0);
	trans[1][612]	= settr(970,0,619,1,0,"(1)", 0, 2, 0);
/*->*/	trans[1][619]	= settr(977,32,623,165,165,"D_STEP519", 1, 2, 0);
	T = trans[ 1][622] = settr(980,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(980,2,620,0,0,"ATOMIC", 1, 2, 0);
	trans[1][620]	= settr(978,4,626,166,166,"(((opsRunning==0)&&(tpatch==0)))", 1, 2, 0); /* m: 621 -> 626,0 */
	reached1[621] = 1;
	trans[1][621]	= settr(979,0,626,1,0,"goto :b3", 1, 2, 0);
	trans[1][625]	= settr(983,0,626,1,0,"break", 0, 2, 0);
	trans[1][626]	= settr(984,0,0,167,167,"-end-", 0, 3500, 0);

	/* proctype 0: Thread */

	trans[0] = (Trans **) emalloc(360*sizeof(Trans *));

	trans[0][355]	= settr(354,0,354,1,0,".(goto)", 0, 2, 0);
	T = trans[0][354] = settr(353,0,0,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(353,0,1,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(353,0,352,0,0,"DO", 0, 2, 0);
	trans[0][1]	= settr(0,0,93,168,0,"((n<( ((i==0)) -> (2) : (1) )))", 0, 2, 0);
	T = trans[ 0][93] = settr(92,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(92,0,8,0,0,"sub-sequence", 0, 2, 0);
	T = trans[0][8] = settr(7,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(7,0,2,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(7,0,6,0,0,"IF", 0, 2, 0);
	trans[0][2]	= settr(1,0,5,169,0,"(!(bound[0]))", 1, 2, 0);
	T = trans[ 0][5] = settr(4,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(4,2,3,0,0,"ATOMIC", 1, 2, 0);
	trans[0][3]	= settr(2,0,91,170,170,"fo[i] = 1", 1, 2, 0); /* m: 4 -> 0,91 */
	reached0[4] = 1;
	trans[0][4]	= settr(0,0,0,0,0,"bound[0] = 1",0,0,0);
	trans[0][9]	= settr(8,0,91,1,0,".(goto)", 0, 2, 0);
	trans[0][6]	= settr(5,0,7,2,0,"else", 0, 2, 0);
	trans[0][7]	= settr(6,0,91,1,0,"(1)", 0, 2, 0);
	T = trans[0][91] = settr(90,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(90,0,10,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(90,0,15,0,0,"IF", 0, 2, 0);
	trans[0][10]	= settr(9,0,14,171,171,"((e==2))", 0, 2, 0);
	T = trans[ 0][14] = settr(13,2,0,0,0,"ATOMIC", 0, 2, 0);
	T->nxt	= settr(13,2,11,0,0,"ATOMIC", 0, 2, 0);
	trans[0][11]	= settr(10,0,341,172,172,"e = 0", 0, 2, 0); /* m: 12 -> 0,341 */
	reached0[12] = 1;
	trans[0][12]	= settr(0,0,0,0,0,"vo = 0",0,0,0);
	trans[0][13]	= settr(0,0,0,0,0,"mode = 0",0,0,0);
	trans[0][92]	= settr(91,0,341,1,0,".(goto)", 0, 2, 0);
	trans[0][15]	= settr(14,0,28,2,0,"else", 0, 2, 0);
	T = trans[ 0][28] = settr(27,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(27,2,16,0,0,"ATOMIC", 1, 2, 0);
	trans[0][16]	= settr(15,2,26,173,173,"fo[i] = 1", 1, 2, 0);
	T = trans[0][26] = settr(25,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(25,2,17,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(25,2,20,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(25,2,22,0,0,"IF", 1, 2, 0);
	trans[0][17]	= settr(16,4,89,174,174,"((sz[0]==0))", 1, 2, 0); /* m: 18 -> 89,0 */
	reached0[18] = 1;
	trans[0][18]	= settr(0,0,0,0,0,"mode = 0",0,0,0);
	trans[0][19]	= settr(0,0,0,0,0,"vo = 0",0,0,0);
	trans[0][27]	= settr(26,0,89,175,175,".(goto)", 1, 2, 0);
	trans[0][20]	= settr(19,4,89,176,176,"(((sz[0]>0)&&intr[0]))", 1, 2, 0); /* m: 21 -> 89,0 */
	reached0[21] = 1;
	trans[0][21]	= settr(0,0,0,0,0,"mode = 2",0,0,0);
	trans[0][22]	= settr(21,4,89,177,177,"(((sz[0]>0)&&!(intr[0])))", 1, 2, 0); /* m: 23 -> 89,0 */
	reached0[23] = 1;
	trans[0][23]	= settr(0,0,0,0,0,"mode = 1",0,0,0);
	trans[0][24]	= settr(0,0,0,0,0,"vo = stk[(((2*0)+sz[0])-1)]",0,0,0);
	trans[0][25]	= settr(0,0,0,0,0,"assert((exempt[i]||((vo!=7)&&((vo==0)||(!(freed[vo])&&((!(pu[vo])||on[vo])||(tpatch==vo)))))))",0,0,0);
	T = trans[0][89] = settr(88,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(88,0,29,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(88,0,87,0,0,"IF", 0, 2, 0);
	trans[0][29]	= settr(28,0,39,178,178,"((mode==2))", 0, 2, 0);
	T = trans[ 0][39] = settr(38,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(38,2,35,0,0,"ATOMIC", 1, 2, 0);
	T = trans[0][35] = settr(34,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(34,2,30,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(34,2,33,0,0,"IF", 1, 2, 0);
	trans[0][30]	= settr(29,4,85,179,179,"((depth[i]==0))", 1, 2, 0); /* m: 31 -> 85,0 */
	reached0[31] = 1;
	trans[0][31]	= settr(0,0,0,0,0,"latCur[i] = 0",0,0,0);
	trans[0][32]	= settr(0,0,0,0,0,"ann[i] = 1",0,0,0);
	trans[0][36]	= settr(35,2,37,1,0,".(goto)", 1, 2, 0); /* m: 37 -> 0,85 */
	reached0[37] = 1;
	trans[0][33]	= settr(32,2,34,2,0,"else", 1, 2, 0);
	trans[0][34]	= settr(33,4,85,180,180,"(1)", 1, 2, 0); /* m: 37 -> 85,0 */
	reached0[37] = 1;
	trans[0][37]	= settr(36,4,85,181,181,"depth[i] = (depth[i]+1)", 1, 2, 0); /* m: 38 -> 0,85 */
	reached0[38] = 1;
	trans[0][38]	= settr(0,0,0,0,0,"so = 1",0,0,0);
	T = trans[0][85] = settr(84,0,0,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(84,0,55,0,0,"IF", 0, 2, 0);
	T = trans[ 0][55] = settr(54,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(54,2,54,0,0,"ATOMIC", 1, 2, 0);
	T = trans[ 0][54] = settr(53,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(53,0,45,0,0,"sub-sequence", 1, 2, 0);
	T = trans[0][45] = settr(44,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(44,2,40,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(44,2,43,0,0,"IF", 1, 2, 0);
	trans[0][40]	= settr(39,2,51,182,182,"(!(latCur[i]))", 1, 2, 0); /* m: 41 -> 51,0 */
	reached0[41] = 1;
	trans[0][41]	= settr(0,0,0,0,0,"lat[i] = ( (wall) -> (wtgt) : (( (pstCur[i]) -> (pst[i]) : (wbase) )) )",0,0,0);
	trans[0][42]	= settr(0,0,0,0,0,"latCur[i] = 1",0,0,0);
	trans[0][46]	= settr(45,2,51,1,0,".(goto)", 1, 2, 0);
	trans[0][43]	= settr(42,2,44,2,0,"else", 1, 2, 0);
	trans[0][44]	= settr(43,2,51,1,0,"(1)", 1, 2, 0);
	T = trans[0][51] = settr(50,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(50,2,47,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(50,2,49,0,0,"IF", 1, 2, 0);
	trans[0][47]	= settr(46,4,84,183,183,"(!(treqCur[0]))", 1, 2, 0); /* m: 48 -> 84,0 */
	reached0[48] = 1;
	trans[0][48]	= settr(0,0,0,0,0,"c = settled[0]",0,0,0);
	trans[0][52]	= settr(51,4,84,184,184,".(goto)", 1, 2, 0); /* m: 53 -> 0,84 */
	reached0[53] = 1;
	trans[0][49]	= settr(48,2,50,2,0,"else", 1, 2, 0);
	trans[0][50]	= settr(49,4,84,185,185,"c = lat[i]", 1, 2, 0); /* m: 52 -> 0,84 */
	reached0[52] = 1;
	trans[0][53]	= settr(0,0,0,0,0,"rr[i] = tver[0]",0,0,0);
	T = trans[ 0][84] = settr(83,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(83,0,81,0,0,"sub-sequence", 0, 2, 0);
	trans[0][82]	= settr(81,0,81,1,0,".(goto)", 0, 2, 0);
	T = trans[0][81] = settr(80,0,0,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(80,0,80,0,0,"DO", 0, 2, 0);
	T = trans[ 0][80] = settr(79,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(79,2,56,0,0,"ATOMIC", 1, 2, 0);
	trans[0][56]	= settr(55,2,78,186,186,"vo = ( ((c==1)) -> (tsTop[0]) : (tsBelow[0]) )", 1, 2, 0);
	T = trans[0][78] = settr(77,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(77,2,57,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(77,2,73,0,0,"IF", 1, 2, 0);
	trans[0][57]	= settr(56,2,72,187,0,"((tver[0]!=rr[i]))", 1, 2, 0);
	T = trans[ 0][72] = settr(71,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(71,0,63,0,0,"sub-sequence", 1, 2, 0);
	T = trans[0][63] = settr(62,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(62,2,58,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(62,2,61,0,0,"IF", 1, 2, 0);
	trans[0][58]	= settr(57,2,69,188,188,"(!(latCur[i]))", 1, 2, 0); /* m: 59 -> 69,0 */
	reached0[59] = 1;
	trans[0][59]	= settr(0,0,0,0,0,"lat[i] = ( (wall) -> (wtgt) : (( (pstCur[i]) -> (pst[i]) : (wbase) )) )",0,0,0);
	trans[0][60]	= settr(0,0,0,0,0,"latCur[i] = 1",0,0,0);
	trans[0][64]	= settr(63,2,69,1,0,".(goto)", 1, 2, 0);
	trans[0][61]	= settr(60,2,62,2,0,"else", 1, 2, 0);
	trans[0][62]	= settr(61,2,69,1,0,"(1)", 1, 2, 0);
	T = trans[0][69] = settr(68,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(68,2,65,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(68,2,67,0,0,"IF", 1, 2, 0);
	trans[0][65]	= settr(64,0,81,189,189,"(!(treqCur[0]))", 1, 2, 0); /* m: 66 -> 81,0 */
	reached0[66] = 1;
	trans[0][66]	= settr(0,0,0,0,0,"c = settled[0]",0,0,0);
	trans[0][70]	= settr(69,2,71,1,0,".(goto)", 1, 2, 0); /* m: 71 -> 0,81 */
	reached0[71] = 1;
	trans[0][67]	= settr(66,2,68,2,0,"else", 1, 2, 0);
	trans[0][68]	= settr(67,0,81,190,190,"c = lat[i]", 1, 2, 0); /* m: 71 -> 0,81 */
	reached0[71] = 1;
	trans[0][71]	= settr(70,0,81,191,191,"rr[i] = tver[0]", 1, 2, 0); /* m: 79 -> 0,81 */
	reached0[79] = 1;
	trans[0][79]	= settr(78,0,81,1,0,".(goto)", 1, 2, 0);
	trans[0][73]	= settr(72,2,74,2,0,"else", 1, 2, 0);
	trans[0][74]	= settr(73,4,83,192,192,"assert((exempt[i]||((vo!=7)&&((vo==0)||(!(freed[vo])&&((!(pu[vo])||on[vo])||(tpatch==vo)))))))", 1, 2, 0); /* m: 75 -> 0,83 */
	reached0[75] = 1;
	trans[0][75]	= settr(0,0,0,0,0,"rr[i] = 0",0,0,0);
	trans[0][76]	= settr(0,0,0,0,0,"c = 0",0,0,0);
	trans[0][77]	= settr(76,0,341,1,0,"goto :b1", 1, 2, 0); /* m: 341 -> 0,83 */
	reached0[341] = 1;
	trans[0][83]	= settr(82,0,341,1,0,"break", 0, 2, 0);
	trans[0][86]	= settr(85,0,341,1,0,".(goto)", 0, 2, 0);
	trans[0][90]	= settr(89,0,341,1,0,".(goto)", 0, 2, 0);
	trans[0][87]	= settr(86,0,88,2,0,"else", 0, 2, 0);
	trans[0][88]	= settr(87,0,341,1,0,"(1)", 0, 2, 0);
	T = trans[0][341] = settr(340,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(340,0,94,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(340,0,125,0,0,"IF", 0, 2, 0);
	trans[0][94]	= settr(93,0,124,193,193,"(e)", 0, 2, 0);
	T = trans[ 0][124] = settr(123,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(123,0,122,0,0,"sub-sequence", 0, 2, 0);
	T = trans[0][122] = settr(121,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(121,0,95,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(121,0,120,0,0,"IF", 0, 2, 0);
	trans[0][95]	= settr(94,0,119,194,194,"(so)", 0, 2, 0);
	T = trans[ 0][119] = settr(118,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(118,0,104,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 0][104] = settr(103,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(103,2,96,0,0,"ATOMIC", 1, 2, 0);
	trans[0][96]	= settr(95,2,102,195,195,"fo[i] = 0", 1, 2, 0);
	T = trans[0][102] = settr(101,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(101,2,97,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(101,2,99,0,0,"IF", 1, 2, 0);
	trans[0][97]	= settr(96,4,118,196,196,"((depth[i]>1))", 1, 2, 0); /* m: 98 -> 118,0 */
	reached0[98] = 1;
	trans[0][98]	= settr(0,0,0,0,0,"depth[i] = (depth[i]-1)",0,0,0);
	trans[0][103]	= settr(102,0,118,197,197,".(goto)", 1, 2, 0);
	trans[0][99]	= settr(98,4,118,198,198,"((depth[i]==1))", 1, 2, 0); /* m: 100 -> 118,0 */
	reached0[100] = 1;
	trans[0][100]	= settr(0,0,0,0,0,"depth[i] = 0",0,0,0);
	trans[0][101]	= settr(0,0,0,0,0,"ann[i] = 0",0,0,0);
	T = trans[ 0][118] = settr(117,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(117,2,116,0,0,"ATOMIC", 1, 2, 0);
	T = trans[0][116] = settr(115,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(115,2,105,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(115,2,114,0,0,"IF", 1, 2, 0);
	trans[0][105]	= settr(104,2,112,199,199,"(((depth[i]==0)&&chk[i]))", 1, 2, 0); /* m: 106 -> 112,0 */
	reached0[106] = 1;
	trans[0][106]	= settr(0,0,0,0,0,"chk[i] = 0",0,0,0);
	T = trans[0][112] = settr(111,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(111,2,107,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(111,2,110,0,0,"IF", 1, 2, 0);
	trans[0][107]	= settr(106,0,351,200,200,"((((selfCheck&&!(wall))&&(( (pstCur[i]) -> (pst[i]) : (wbase) )!=wtgt))&&!((fo[i]&&chg[0]))))", 1, 2, 0); /* m: 108 -> 351,0 */
	reached0[108] = 1;
	trans[0][108]	= settr(0,0,0,0,0,"pstCur[i] = 1",0,0,0);
	trans[0][109]	= settr(0,0,0,0,0,"pst[i] = wtgt",0,0,0);
	trans[0][113]	= settr(112,0,351,201,201,".(goto)", 1, 2, 0); /* m: 117 -> 0,351 */
	reached0[117] = 1;
	trans[0][110]	= settr(109,2,111,2,0,"else", 1, 2, 0);
	trans[0][111]	= settr(110,0,351,202,202,"(1)", 1, 2, 0); /* m: 113 -> 351,0 */
	reached0[113] = 1;
	trans[0][117]	= settr(116,0,351,203,203,".(goto)", 1, 2, 0);
	trans[0][114]	= settr(113,2,115,2,0,"else", 1, 2, 0);
	trans[0][115]	= settr(114,0,351,204,204,"(1)", 1, 2, 0); /* m: 117 -> 351,0 */
	reached0[117] = 1;
	trans[0][123]	= settr(122,0,351,1,0,".(goto)", 0, 2, 0);
	trans[0][120]	= settr(119,0,121,2,0,"else", 0, 2, 0);
	trans[0][121]	= settr(120,0,351,205,205,"fo[i] = 0", 1, 2, 0);
	trans[0][342]	= settr(341,0,351,1,0,".(goto)", 0, 2, 0);
	trans[0][125]	= settr(124,0,217,2,0,"else", 0, 2, 0);
	T = trans[ 0][217] = settr(216,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(216,0,132,0,0,"sub-sequence", 0, 2, 0);
	T = trans[0][132] = settr(131,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(131,0,126,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(131,0,130,0,0,"IF", 0, 2, 0);
	trans[0][126]	= settr(125,0,129,206,0,"(!(bound[1]))", 1, 2, 0);
	T = trans[ 0][129] = settr(128,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(128,2,127,0,0,"ATOMIC", 1, 2, 0);
	trans[0][127]	= settr(126,0,215,207,207,"fin[i] = 1", 1, 2, 0); /* m: 128 -> 0,215 */
	reached0[128] = 1;
	trans[0][128]	= settr(0,0,0,0,0,"bound[1] = 1",0,0,0);
	trans[0][133]	= settr(132,0,215,1,0,".(goto)", 0, 2, 0);
	trans[0][130]	= settr(129,0,131,2,0,"else", 0, 2, 0);
	trans[0][131]	= settr(130,0,215,1,0,"(1)", 0, 2, 0);
	T = trans[0][215] = settr(214,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(214,0,134,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(214,0,139,0,0,"IF", 0, 2, 0);
	trans[0][134]	= settr(133,0,138,208,208,"((e==2))", 0, 2, 0);
	T = trans[ 0][138] = settr(137,2,0,0,0,"ATOMIC", 0, 2, 0);
	T->nxt	= settr(137,2,135,0,0,"ATOMIC", 0, 2, 0);
	trans[0][135]	= settr(134,0,339,209,209,"e = 0", 0, 2, 0); /* m: 136 -> 0,339 */
	reached0[136] = 1;
	trans[0][136]	= settr(0,0,0,0,0,"vi = 0",0,0,0);
	trans[0][137]	= settr(0,0,0,0,0,"mode = 0",0,0,0);
	trans[0][216]	= settr(215,0,339,1,0,".(goto)", 0, 2, 0);
	trans[0][139]	= settr(138,0,152,2,0,"else", 0, 2, 0);
	T = trans[ 0][152] = settr(151,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(151,2,140,0,0,"ATOMIC", 1, 2, 0);
	trans[0][140]	= settr(139,2,150,210,210,"fin[i] = 1", 1, 2, 0);
	T = trans[0][150] = settr(149,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(149,2,141,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(149,2,144,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(149,2,146,0,0,"IF", 1, 2, 0);
	trans[0][141]	= settr(140,4,213,211,211,"((sz[1]==0))", 1, 2, 0); /* m: 142 -> 213,0 */
	reached0[142] = 1;
	trans[0][142]	= settr(0,0,0,0,0,"mode = 0",0,0,0);
	trans[0][143]	= settr(0,0,0,0,0,"vi = 0",0,0,0);
	trans[0][151]	= settr(150,0,213,212,212,".(goto)", 1, 2, 0);
	trans[0][144]	= settr(143,4,213,213,213,"(((sz[1]>0)&&intr[1]))", 1, 2, 0); /* m: 145 -> 213,0 */
	reached0[145] = 1;
	trans[0][145]	= settr(0,0,0,0,0,"mode = 2",0,0,0);
	trans[0][146]	= settr(145,4,213,214,214,"(((sz[1]>0)&&!(intr[1])))", 1, 2, 0); /* m: 147 -> 213,0 */
	reached0[147] = 1;
	trans[0][147]	= settr(0,0,0,0,0,"mode = 1",0,0,0);
	trans[0][148]	= settr(0,0,0,0,0,"vi = stk[(((2*1)+sz[1])-1)]",0,0,0);
	trans[0][149]	= settr(0,0,0,0,0,"assert((exempt[i]||((vi!=7)&&((vi==0)||(!(freed[vi])&&((!(pu[vi])||on[vi])||(tpatch==vi)))))))",0,0,0);
	T = trans[0][213] = settr(212,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(212,0,153,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(212,0,211,0,0,"IF", 0, 2, 0);
	trans[0][153]	= settr(152,0,163,215,215,"((mode==2))", 0, 2, 0);
	T = trans[ 0][163] = settr(162,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(162,2,159,0,0,"ATOMIC", 1, 2, 0);
	T = trans[0][159] = settr(158,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(158,2,154,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(158,2,157,0,0,"IF", 1, 2, 0);
	trans[0][154]	= settr(153,4,209,216,216,"((depth[i]==0))", 1, 2, 0); /* m: 155 -> 209,0 */
	reached0[155] = 1;
	trans[0][155]	= settr(0,0,0,0,0,"latCur[i] = 0",0,0,0);
	trans[0][156]	= settr(0,0,0,0,0,"ann[i] = 1",0,0,0);
	trans[0][160]	= settr(159,2,161,1,0,".(goto)", 1, 2, 0); /* m: 161 -> 0,209 */
	reached0[161] = 1;
	trans[0][157]	= settr(156,2,158,2,0,"else", 1, 2, 0);
	trans[0][158]	= settr(157,4,209,217,217,"(1)", 1, 2, 0); /* m: 161 -> 209,0 */
	reached0[161] = 1;
	trans[0][161]	= settr(160,4,209,218,218,"depth[i] = (depth[i]+1)", 1, 2, 0); /* m: 162 -> 0,209 */
	reached0[162] = 1;
	trans[0][162]	= settr(0,0,0,0,0,"si = 1",0,0,0);
	T = trans[0][209] = settr(208,0,0,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(208,0,179,0,0,"IF", 0, 2, 0);
	T = trans[ 0][179] = settr(178,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(178,2,178,0,0,"ATOMIC", 1, 2, 0);
	T = trans[ 0][178] = settr(177,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(177,0,169,0,0,"sub-sequence", 1, 2, 0);
	T = trans[0][169] = settr(168,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(168,2,164,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(168,2,167,0,0,"IF", 1, 2, 0);
	trans[0][164]	= settr(163,2,175,219,219,"(!(latCur[i]))", 1, 2, 0); /* m: 165 -> 175,0 */
	reached0[165] = 1;
	trans[0][165]	= settr(0,0,0,0,0,"lat[i] = ( (wall) -> (wtgt) : (( (pstCur[i]) -> (pst[i]) : (wbase) )) )",0,0,0);
	trans[0][166]	= settr(0,0,0,0,0,"latCur[i] = 1",0,0,0);
	trans[0][170]	= settr(169,2,175,1,0,".(goto)", 1, 2, 0);
	trans[0][167]	= settr(166,2,168,2,0,"else", 1, 2, 0);
	trans[0][168]	= settr(167,2,175,1,0,"(1)", 1, 2, 0);
	T = trans[0][175] = settr(174,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(174,2,171,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(174,2,173,0,0,"IF", 1, 2, 0);
	trans[0][171]	= settr(170,4,208,220,220,"(!(treqCur[1]))", 1, 2, 0); /* m: 172 -> 208,0 */
	reached0[172] = 1;
	trans[0][172]	= settr(0,0,0,0,0,"c = settled[1]",0,0,0);
	trans[0][176]	= settr(175,4,208,221,221,".(goto)", 1, 2, 0); /* m: 177 -> 0,208 */
	reached0[177] = 1;
	trans[0][173]	= settr(172,2,174,2,0,"else", 1, 2, 0);
	trans[0][174]	= settr(173,4,208,222,222,"c = lat[i]", 1, 2, 0); /* m: 176 -> 0,208 */
	reached0[176] = 1;
	trans[0][177]	= settr(0,0,0,0,0,"rr[i] = tver[1]",0,0,0);
	T = trans[ 0][208] = settr(207,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(207,0,205,0,0,"sub-sequence", 0, 2, 0);
	trans[0][206]	= settr(205,0,205,1,0,".(goto)", 0, 2, 0);
	T = trans[0][205] = settr(204,0,0,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(204,0,204,0,0,"DO", 0, 2, 0);
	T = trans[ 0][204] = settr(203,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(203,2,180,0,0,"ATOMIC", 1, 2, 0);
	trans[0][180]	= settr(179,2,202,223,223,"vi = ( ((c==1)) -> (tsTop[1]) : (tsBelow[1]) )", 1, 2, 0);
	T = trans[0][202] = settr(201,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(201,2,181,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(201,2,197,0,0,"IF", 1, 2, 0);
	trans[0][181]	= settr(180,2,196,224,0,"((tver[1]!=rr[i]))", 1, 2, 0);
	T = trans[ 0][196] = settr(195,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(195,0,187,0,0,"sub-sequence", 1, 2, 0);
	T = trans[0][187] = settr(186,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(186,2,182,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(186,2,185,0,0,"IF", 1, 2, 0);
	trans[0][182]	= settr(181,2,193,225,225,"(!(latCur[i]))", 1, 2, 0); /* m: 183 -> 193,0 */
	reached0[183] = 1;
	trans[0][183]	= settr(0,0,0,0,0,"lat[i] = ( (wall) -> (wtgt) : (( (pstCur[i]) -> (pst[i]) : (wbase) )) )",0,0,0);
	trans[0][184]	= settr(0,0,0,0,0,"latCur[i] = 1",0,0,0);
	trans[0][188]	= settr(187,2,193,1,0,".(goto)", 1, 2, 0);
	trans[0][185]	= settr(184,2,186,2,0,"else", 1, 2, 0);
	trans[0][186]	= settr(185,2,193,1,0,"(1)", 1, 2, 0);
	T = trans[0][193] = settr(192,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(192,2,189,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(192,2,191,0,0,"IF", 1, 2, 0);
	trans[0][189]	= settr(188,0,205,226,226,"(!(treqCur[1]))", 1, 2, 0); /* m: 190 -> 205,0 */
	reached0[190] = 1;
	trans[0][190]	= settr(0,0,0,0,0,"c = settled[1]",0,0,0);
	trans[0][194]	= settr(193,2,195,1,0,".(goto)", 1, 2, 0); /* m: 195 -> 0,205 */
	reached0[195] = 1;
	trans[0][191]	= settr(190,2,192,2,0,"else", 1, 2, 0);
	trans[0][192]	= settr(191,0,205,227,227,"c = lat[i]", 1, 2, 0); /* m: 195 -> 0,205 */
	reached0[195] = 1;
	trans[0][195]	= settr(194,0,205,228,228,"rr[i] = tver[1]", 1, 2, 0); /* m: 203 -> 0,205 */
	reached0[203] = 1;
	trans[0][203]	= settr(202,0,205,1,0,".(goto)", 1, 2, 0);
	trans[0][197]	= settr(196,2,198,2,0,"else", 1, 2, 0);
	trans[0][198]	= settr(197,4,207,229,229,"assert((exempt[i]||((vi!=7)&&((vi==0)||(!(freed[vi])&&((!(pu[vi])||on[vi])||(tpatch==vi)))))))", 1, 2, 0); /* m: 199 -> 0,207 */
	reached0[199] = 1;
	trans[0][199]	= settr(0,0,0,0,0,"rr[i] = 0",0,0,0);
	trans[0][200]	= settr(0,0,0,0,0,"c = 0",0,0,0);
	trans[0][201]	= settr(200,0,339,1,0,"goto :b2", 1, 2, 0); /* m: 339 -> 0,207 */
	reached0[339] = 1;
	trans[0][207]	= settr(206,0,339,1,0,"break", 0, 2, 0);
	trans[0][210]	= settr(209,0,339,1,0,".(goto)", 0, 2, 0);
	trans[0][214]	= settr(213,0,339,1,0,".(goto)", 0, 2, 0);
	trans[0][211]	= settr(210,0,212,2,0,"else", 0, 2, 0);
	trans[0][212]	= settr(211,0,339,1,0,"(1)", 0, 2, 0);
	T = trans[0][339] = settr(338,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(338,0,218,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(338,0,279,0,0,"IF", 0, 2, 0);
	trans[0][218]	= settr(217,0,248,230,230,"(e)", 0, 2, 0);
	T = trans[ 0][248] = settr(247,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(247,0,246,0,0,"sub-sequence", 0, 2, 0);
	T = trans[0][246] = settr(245,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(245,0,219,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(245,0,244,0,0,"IF", 0, 2, 0);
	trans[0][219]	= settr(218,0,243,231,231,"(si)", 0, 2, 0);
	T = trans[ 0][243] = settr(242,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(242,0,228,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 0][228] = settr(227,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(227,2,220,0,0,"ATOMIC", 1, 2, 0);
	trans[0][220]	= settr(219,2,226,232,232,"fin[i] = 0", 1, 2, 0);
	T = trans[0][226] = settr(225,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(225,2,221,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(225,2,223,0,0,"IF", 1, 2, 0);
	trans[0][221]	= settr(220,4,242,233,233,"((depth[i]>1))", 1, 2, 0); /* m: 222 -> 242,0 */
	reached0[222] = 1;
	trans[0][222]	= settr(0,0,0,0,0,"depth[i] = (depth[i]-1)",0,0,0);
	trans[0][227]	= settr(226,0,242,234,234,".(goto)", 1, 2, 0);
	trans[0][223]	= settr(222,4,242,235,235,"((depth[i]==1))", 1, 2, 0); /* m: 224 -> 242,0 */
	reached0[224] = 1;
	trans[0][224]	= settr(0,0,0,0,0,"depth[i] = 0",0,0,0);
	trans[0][225]	= settr(0,0,0,0,0,"ann[i] = 0",0,0,0);
	T = trans[ 0][242] = settr(241,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(241,2,240,0,0,"ATOMIC", 1, 2, 0);
	T = trans[0][240] = settr(239,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(239,2,229,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(239,2,238,0,0,"IF", 1, 2, 0);
	trans[0][229]	= settr(228,2,236,236,236,"(((depth[i]==0)&&chk[i]))", 1, 2, 0); /* m: 230 -> 236,0 */
	reached0[230] = 1;
	trans[0][230]	= settr(0,0,0,0,0,"chk[i] = 0",0,0,0);
	T = trans[0][236] = settr(235,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(235,2,231,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(235,2,234,0,0,"IF", 1, 2, 0);
	trans[0][231]	= settr(230,0,278,237,237,"((((selfCheck&&!(wall))&&(( (pstCur[i]) -> (pst[i]) : (wbase) )!=wtgt))&&!((fo[i]&&chg[0]))))", 1, 2, 0); /* m: 232 -> 278,0 */
	reached0[232] = 1;
	trans[0][232]	= settr(0,0,0,0,0,"pstCur[i] = 1",0,0,0);
	trans[0][233]	= settr(0,0,0,0,0,"pst[i] = wtgt",0,0,0);
	trans[0][237]	= settr(236,0,278,238,238,".(goto)", 1, 2, 0); /* m: 241 -> 0,278 */
	reached0[241] = 1;
	trans[0][234]	= settr(233,2,235,2,0,"else", 1, 2, 0);
	trans[0][235]	= settr(234,0,278,239,239,"(1)", 1, 2, 0); /* m: 237 -> 278,0 */
	reached0[237] = 1;
	trans[0][241]	= settr(240,0,278,240,240,".(goto)", 1, 2, 0);
	trans[0][238]	= settr(237,2,239,2,0,"else", 1, 2, 0);
	trans[0][239]	= settr(238,0,278,241,241,"(1)", 1, 2, 0); /* m: 241 -> 278,0 */
	reached0[241] = 1;
	trans[0][247]	= settr(246,0,278,1,0,".(goto)", 0, 2, 0);
	trans[0][244]	= settr(243,0,245,2,0,"else", 0, 2, 0);
	trans[0][245]	= settr(244,0,278,242,242,"fin[i] = 0", 1, 2, 0);
	T = trans[ 0][278] = settr(277,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(277,0,276,0,0,"sub-sequence", 0, 2, 0);
	T = trans[0][276] = settr(275,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(275,0,249,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(275,0,274,0,0,"IF", 0, 2, 0);
	trans[0][249]	= settr(248,0,273,243,243,"(so)", 0, 2, 0);
	T = trans[ 0][273] = settr(272,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(272,0,258,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 0][258] = settr(257,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(257,2,250,0,0,"ATOMIC", 1, 2, 0);
	trans[0][250]	= settr(249,2,256,244,244,"fo[i] = 0", 1, 2, 0);
	T = trans[0][256] = settr(255,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(255,2,251,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(255,2,253,0,0,"IF", 1, 2, 0);
	trans[0][251]	= settr(250,4,272,245,245,"((depth[i]>1))", 1, 2, 0); /* m: 252 -> 272,0 */
	reached0[252] = 1;
	trans[0][252]	= settr(0,0,0,0,0,"depth[i] = (depth[i]-1)",0,0,0);
	trans[0][257]	= settr(256,0,272,246,246,".(goto)", 1, 2, 0);
	trans[0][253]	= settr(252,4,272,247,247,"((depth[i]==1))", 1, 2, 0); /* m: 254 -> 272,0 */
	reached0[254] = 1;
	trans[0][254]	= settr(0,0,0,0,0,"depth[i] = 0",0,0,0);
	trans[0][255]	= settr(0,0,0,0,0,"ann[i] = 0",0,0,0);
	T = trans[ 0][272] = settr(271,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(271,2,270,0,0,"ATOMIC", 1, 2, 0);
	T = trans[0][270] = settr(269,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(269,2,259,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(269,2,268,0,0,"IF", 1, 2, 0);
	trans[0][259]	= settr(258,2,266,248,248,"(((depth[i]==0)&&chk[i]))", 1, 2, 0); /* m: 260 -> 266,0 */
	reached0[260] = 1;
	trans[0][260]	= settr(0,0,0,0,0,"chk[i] = 0",0,0,0);
	T = trans[0][266] = settr(265,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(265,2,261,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(265,2,264,0,0,"IF", 1, 2, 0);
	trans[0][261]	= settr(260,0,351,249,249,"((((selfCheck&&!(wall))&&(( (pstCur[i]) -> (pst[i]) : (wbase) )!=wtgt))&&!((fo[i]&&chg[0]))))", 1, 2, 0); /* m: 262 -> 351,0 */
	reached0[262] = 1;
	trans[0][262]	= settr(0,0,0,0,0,"pstCur[i] = 1",0,0,0);
	trans[0][263]	= settr(0,0,0,0,0,"pst[i] = wtgt",0,0,0);
	trans[0][267]	= settr(266,0,351,250,250,".(goto)", 1, 2, 0); /* m: 271 -> 0,351 */
	reached0[271] = 1;
	trans[0][264]	= settr(263,2,265,2,0,"else", 1, 2, 0);
	trans[0][265]	= settr(264,0,351,251,251,"(1)", 1, 2, 0); /* m: 267 -> 351,0 */
	reached0[267] = 1;
	trans[0][271]	= settr(270,0,351,252,252,".(goto)", 1, 2, 0);
	trans[0][268]	= settr(267,2,269,2,0,"else", 1, 2, 0);
	trans[0][269]	= settr(268,0,351,253,253,"(1)", 1, 2, 0); /* m: 271 -> 351,0 */
	reached0[271] = 1;
	trans[0][277]	= settr(276,0,351,1,0,".(goto)", 0, 2, 0);
	trans[0][274]	= settr(273,0,275,2,0,"else", 0, 2, 0);
	trans[0][275]	= settr(274,0,351,254,254,"fo[i] = 0", 1, 2, 0);
	trans[0][340]	= settr(339,0,351,1,0,".(goto)", 0, 2, 0);
	trans[0][279]	= settr(278,0,280,2,0,"else", 0, 2, 0);
	trans[0][280]	= settr(279,0,308,255,0,"assert(((exempt[i]||((vo==1)&&((vi==1)||(vi==2))))||((vo==0)&&((vi==0)||(vi==2)))))", 1, 2, 0);
	T = trans[0][308] = settr(307,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(307,0,281,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(307,0,306,0,0,"IF", 0, 2, 0);
	trans[0][281]	= settr(280,0,305,256,256,"(si)", 0, 2, 0);
	T = trans[ 0][305] = settr(304,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(304,0,290,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 0][290] = settr(289,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(289,2,282,0,0,"ATOMIC", 1, 2, 0);
	trans[0][282]	= settr(281,2,288,257,257,"fin[i] = 0", 1, 2, 0);
	T = trans[0][288] = settr(287,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(287,2,283,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(287,2,285,0,0,"IF", 1, 2, 0);
	trans[0][283]	= settr(282,4,304,258,258,"((depth[i]>1))", 1, 2, 0); /* m: 284 -> 304,0 */
	reached0[284] = 1;
	trans[0][284]	= settr(0,0,0,0,0,"depth[i] = (depth[i]-1)",0,0,0);
	trans[0][289]	= settr(288,0,304,259,259,".(goto)", 1, 2, 0);
	trans[0][285]	= settr(284,4,304,260,260,"((depth[i]==1))", 1, 2, 0); /* m: 286 -> 304,0 */
	reached0[286] = 1;
	trans[0][286]	= settr(0,0,0,0,0,"depth[i] = 0",0,0,0);
	trans[0][287]	= settr(0,0,0,0,0,"ann[i] = 0",0,0,0);
	T = trans[ 0][304] = settr(303,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(303,2,302,0,0,"ATOMIC", 1, 2, 0);
	T = trans[0][302] = settr(301,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(301,2,291,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(301,2,300,0,0,"IF", 1, 2, 0);
	trans[0][291]	= settr(290,2,298,261,261,"(((depth[i]==0)&&chk[i]))", 1, 2, 0); /* m: 292 -> 298,0 */
	reached0[292] = 1;
	trans[0][292]	= settr(0,0,0,0,0,"chk[i] = 0",0,0,0);
	T = trans[0][298] = settr(297,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(297,2,293,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(297,2,296,0,0,"IF", 1, 2, 0);
	trans[0][293]	= settr(292,0,337,262,262,"((((selfCheck&&!(wall))&&(( (pstCur[i]) -> (pst[i]) : (wbase) )!=wtgt))&&!((fo[i]&&chg[0]))))", 1, 2, 0); /* m: 294 -> 337,0 */
	reached0[294] = 1;
	trans[0][294]	= settr(0,0,0,0,0,"pstCur[i] = 1",0,0,0);
	trans[0][295]	= settr(0,0,0,0,0,"pst[i] = wtgt",0,0,0);
	trans[0][299]	= settr(298,0,337,263,263,".(goto)", 1, 2, 0); /* m: 303 -> 0,337 */
	reached0[303] = 1;
	trans[0][296]	= settr(295,2,297,2,0,"else", 1, 2, 0);
	trans[0][297]	= settr(296,0,337,264,264,"(1)", 1, 2, 0); /* m: 299 -> 337,0 */
	reached0[299] = 1;
	trans[0][303]	= settr(302,0,337,265,265,".(goto)", 1, 2, 0);
	trans[0][300]	= settr(299,2,301,2,0,"else", 1, 2, 0);
	trans[0][301]	= settr(300,0,337,266,266,"(1)", 1, 2, 0); /* m: 303 -> 337,0 */
	reached0[303] = 1;
	trans[0][309]	= settr(308,0,337,1,0,".(goto)", 0, 2, 0);
	trans[0][306]	= settr(305,0,307,2,0,"else", 0, 2, 0);
	trans[0][307]	= settr(306,0,337,267,267,"fin[i] = 0", 1, 2, 0);
	T = trans[0][337] = settr(336,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(336,0,310,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(336,0,335,0,0,"IF", 0, 2, 0);
	trans[0][310]	= settr(309,0,334,268,268,"(so)", 0, 2, 0);
	T = trans[ 0][334] = settr(333,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(333,0,319,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 0][319] = settr(318,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(318,2,311,0,0,"ATOMIC", 1, 2, 0);
	trans[0][311]	= settr(310,2,317,269,269,"fo[i] = 0", 1, 2, 0);
	T = trans[0][317] = settr(316,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(316,2,312,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(316,2,314,0,0,"IF", 1, 2, 0);
	trans[0][312]	= settr(311,4,333,270,270,"((depth[i]>1))", 1, 2, 0); /* m: 313 -> 333,0 */
	reached0[313] = 1;
	trans[0][313]	= settr(0,0,0,0,0,"depth[i] = (depth[i]-1)",0,0,0);
	trans[0][318]	= settr(317,0,333,271,271,".(goto)", 1, 2, 0);
	trans[0][314]	= settr(313,4,333,272,272,"((depth[i]==1))", 1, 2, 0); /* m: 315 -> 333,0 */
	reached0[315] = 1;
	trans[0][315]	= settr(0,0,0,0,0,"depth[i] = 0",0,0,0);
	trans[0][316]	= settr(0,0,0,0,0,"ann[i] = 0",0,0,0);
	T = trans[ 0][333] = settr(332,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(332,2,331,0,0,"ATOMIC", 1, 2, 0);
	T = trans[0][331] = settr(330,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(330,2,320,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(330,2,329,0,0,"IF", 1, 2, 0);
	trans[0][320]	= settr(319,2,327,273,273,"(((depth[i]==0)&&chk[i]))", 1, 2, 0); /* m: 321 -> 327,0 */
	reached0[321] = 1;
	trans[0][321]	= settr(0,0,0,0,0,"chk[i] = 0",0,0,0);
	T = trans[0][327] = settr(326,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(326,2,322,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(326,2,325,0,0,"IF", 1, 2, 0);
	trans[0][322]	= settr(321,0,351,274,274,"((((selfCheck&&!(wall))&&(( (pstCur[i]) -> (pst[i]) : (wbase) )!=wtgt))&&!((fo[i]&&chg[0]))))", 1, 2, 0); /* m: 323 -> 351,0 */
	reached0[323] = 1;
	trans[0][323]	= settr(0,0,0,0,0,"pstCur[i] = 1",0,0,0);
	trans[0][324]	= settr(0,0,0,0,0,"pst[i] = wtgt",0,0,0);
	trans[0][328]	= settr(327,0,351,275,275,".(goto)", 1, 2, 0); /* m: 332 -> 0,351 */
	reached0[332] = 1;
	trans[0][325]	= settr(324,2,326,2,0,"else", 1, 2, 0);
	trans[0][326]	= settr(325,0,351,276,276,"(1)", 1, 2, 0); /* m: 328 -> 351,0 */
	reached0[328] = 1;
	trans[0][332]	= settr(331,0,351,277,277,".(goto)", 1, 2, 0);
	trans[0][329]	= settr(328,2,330,2,0,"else", 1, 2, 0);
	trans[0][330]	= settr(329,0,351,278,278,"(1)", 1, 2, 0); /* m: 332 -> 351,0 */
	reached0[332] = 1;
	trans[0][338]	= settr(337,0,351,1,0,".(goto)", 0, 2, 0);
	trans[0][335]	= settr(334,0,336,2,0,"else", 0, 2, 0);
	trans[0][336]	= settr(335,0,351,279,279,"fo[i] = 0", 1, 2, 0);
	T = trans[ 0][351] = settr(350,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(350,2,343,0,0,"ATOMIC", 1, 2, 0);
	trans[0][343]	= settr(342,0,354,280,280,"vo = 0", 1, 2, 0); /* m: 344 -> 0,354 */
	reached0[344] = 1;
	trans[0][344]	= settr(0,0,0,0,0,"vi = 0",0,0,0);
	trans[0][345]	= settr(0,0,0,0,0,"so = 0",0,0,0);
	trans[0][346]	= settr(0,0,0,0,0,"si = 0",0,0,0);
	trans[0][347]	= settr(0,0,0,0,0,"e = 0",0,0,0);
	trans[0][348]	= settr(0,0,0,0,0,"mode = 0",0,0,0);
	trans[0][349]	= settr(0,0,0,0,0,"exempt[i] = 0",0,0,0);
	trans[0][350]	= settr(0,0,0,0,0,"n = (n+1)",0,0,0);
	trans[0][352]	= settr(351,0,357,2,0,"else", 0, 2, 0);
	trans[0][353]	= settr(352,0,357,1,0,"goto :b0", 0, 2, 0);
	trans[0][356]	= settr(355,0,357,1,0,"break", 0, 2, 0);
	trans[0][357]	= settr(356,0,358,281,0,"assert(((depth[i]==0)&&(ann[i]==0)))", 1, 2, 0);
	trans[0][358]	= settr(357,0,359,282,282,"running = (running-1)", 1, 2, 0);
	trans[0][359]	= settr(358,0,0,283,283,"-end-", 0, 3500, 0);
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
