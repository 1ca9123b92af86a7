/**
 * What OpenCC's t → s rules can change, for convertScript to pass a text by without loading OpenCC
 * or building its tables (some 15–20 ms in every process and worker): a rule changes a text only
 * where its whole source occurs, so a text holding none of the characters one-unit rules change and
 * none of the first units (up to three) of the longer rules converts to itself. Derived from the
 * installed opencc-js: test/normalize/opencc-changing-units.test.ts checks it, and rewrites it with
 * UPDATE_GOLDEN=1.
 */

/** Each character a one-unit rule changes (國 → 国). */
export const OPENCC_CHANGED_CHARACTERS =
  '㑯㑳㑶㓨㗲㘚㜄㜏㜢㠏㠣㥮㩜㩳㩵㺏䁪䁻䃮䊷䋙䋚䋹䋻䍦䎱䓣䙡䜀䝼䡵䥇䥑䥕䥱䦛䦟䧢䮄䯀䰾䱷䱽䲁䲘䴉丟並乾亂' +
  '亙亞佇佈佔併來侖侶侷俁係俔俠俥俬倀倆倈倉個們倖倫倲偉偑側偵偽傌傑傖傘備傢傭傯傳傴債傷傾僂僅僉僑僕僞僤' +
  '僥僨僱價儀儁儂億儈儉儎儐儔儕儘償優儲儷儸儺儻儼兇兌兒兗內兩冊冑冪凈凍凜凱別刪剄則剋剎剗剛剝剮剴創剷劃' +
  '劄劇劉劊劌劍劏劑劚勁動務勛勝勞勢勣勩勱勳勵勸勻匭匯匱區協卹卻卽厙厠厤厭厲厴參叄叢吒吳吶呂咼員唄唸問啓' +
  '啞啟啢喎喚喪喫喬單喲嗆嗇嗊嗎嗚嗩嗰嗶嘆嘍嘓嘔嘖嘗嘜嘩嘮嘯嘰嘵嘸嘽噁噓噚噝噠噥噦噯噲噴噸噹嚀嚇嚌嚐嚕嚙' +
  '嚥嚦嚧嚨嚮嚲嚳嚴嚶囀囁囂囅囈囉囌囑囪圇國圍園圓圖團垻埡埨埰執堅堊堖堝堯報場塊塋塏塒塗塚塢塤塵塸塹塿墊' +
  '墜墠墮墰墳墶墻墾壇壋壎壓壗壘壙壚壜壞壟壠壢壩壪壯壺壼壽夠夢夥夾奐奧奩奪奬奮奼妝姍姦娙娛婁婦婭媧媯媰媼' +
  '媽嫋嫗嫵嫺嫻嫿嬀嬃嬈嬋嬌嬙嬡嬤嬪嬰嬸孃孋孌孫學孻孿宮寀寢實寧審寫寬寵寶將專尋對導尷屆屍屓屜屢層屨屬岡' +
  '峯峴島峽崍崑崗崙崢崬嵐嵗嵽嵾嶁嶄嶇嶔嶗嶠嶢嶧嶨嶮嶸嶺嶼嶽巋巒巔巖巘巰巹帥師帳帶幀幃幓幗幘幟幣幫幬幷幹' +
  '幾庫廁廂廄廈廎廕廚廝廞廟廠廡廢廣廩廬廳弒弔弳張強彄彆彈彌彎彔彙彠彥彫彲彿後徑從徠復徵徹恆恥悅悞悵悶悽' +
  '惡惱惲惻愛愜愨愴愷愾慄態慍慘慚慟慣慤慪慫慮慳慶慺慼慾憂憊憐憑憒憖憚憤憫憮憲憶懇應懌懍懞懟懣懤懨懲懶懷' +
  '懸懺懼懾戀戇戔戧戩戰戱戲戶扞拋拚挩挱挾捨捫捱捲掃掄掆掗掙掛採揀揚換揮揯損搖搗搧搵搶摑摜摟摯摳摶摺摻撈' +
  '撏撐撓撝撟撣撥撫撲撳撻撾撿擁擄擇擊擋擓擔據擠擡擣擬擯擰擱擲擴擷擺擻擼擽擾攄攆攏攔攖攙攛攜攝攢攣攤攪攬' +
  '敎敓敗敘敵數斂斃斆斕斬斷於旂旣昇時晉晛晝暈暉暐暘暢暫曄曆曇曉曏曖曠曥曨曬書會朥朧朮東枴柵柺査桱桿梔梘' +
  '梜條梟梲棄棊棖棗棟棡棧棲棶椏椲楊楓楨業極榘榦榪榮榲榿構槍槓槤槧槨槮槳槶槼樁樂樅樑樓標樞樢樣樧樫樳樸樹' +
  '樺樿橈橋機橢橫橯檁檉檔檜檟檢檣檮檯檳檸檻櫃櫍櫓櫚櫛櫝櫞櫟櫥櫧櫨櫪櫫櫬櫱櫳櫸櫻欄欅權欏欒欓欖欞欽歎歐歟' +
  '歡歲歷歸歿殘殞殤殨殫殭殮殯殰殲殺殻殼毀毆毿氂氈氌氣氫氬氳氾汎汙決沒沖況泝洩洶浹浿涇涗涼淒淚淥淨淩淪淵' +
  '淶淺渙減渢渦測渾湊湋湞湧湯溈準溝溫溮溳溼滄滅滌滎滙滬滯滲滷滸滻滾滿漁漊漍漚漢漣漬漲漵漸漿潁潑潔潕潙潚' +
  '潛潤潯潰潷潿澀澆澇澐澗澠澤澦澩澫澮澱澾濁濃濄濆濕濘濚濛濜濟濤濧濫濰濱濺濼濾瀂瀅瀆瀇瀉瀋瀏瀕瀘瀝瀟瀠瀦' +
  '瀧瀨瀰瀲瀾灃灄灑灒灕灘灙灝灡灣灤灧灩災為烏烴無煉煒煙煢煥煩煬煱熅熒熗熰熱熲熾燀燁燈燉燒燖燙燜營燦燬燭' +
  '燴燶燻燼燾爍爐爛爭爲爺爾牀牆牘牴牽犖犛犢犧狀狹狽猙猶猻獁獃獄獅獎獨獪獫獮獰獱獲獵獷獸獺獻獼玀現琱琺琿' +
  '瑋瑒瑣瑤瑩瑪瑲璉璊璕璗璡璣璦璫璯環璵璸璽璿瓅瓊瓏瓔瓚瓛甌甕產産畝畢畫異畵當疇疊痙痠痾瘂瘋瘍瘓瘞瘡瘧瘮' +
  '瘲瘺瘻療癆癇癉癒癘癟癡癢癤癥癧癩癬癭癮癰癱癲發皁皚皰皸皺盃盜盞盡監盤盧盪眞眥眾睍睏睜睞瞘瞜瞞瞶瞼矇矓' +
  '矚矯硃硜硤硨硯碕碩碭碸確碼碽磑磚磠磣磧磯磽磾礄礎礐礙礦礪礫礬礱祕祿禍禎禕禡禦禪禮禰禱禿秈稅稈稏稜稟種' +
  '稱穀穇穌積穎穠穡穢穩穫穭窩窪窮窯窵窶窺竄竅竇竈竊竪競筆筍筧筴箇箋箏箚節範築篋篔篠篢篤篩篳篸簀簍簑簞簡' +
  '簣簫簹簽簾籃籅籌籔籙籛籜籟籠籤籩籪籬籮籲粵糉糝糞糧糰糲糴糶糹糾紀紂紃約紅紆紇紈紉紋納紐紓純紕紖紗紘紙' +
  '級紛紜紝紞紡紬紮細紱紲紳紵紹紺紼紿絀終絃組絅絆絎結絕絛絝絞絡絢給絨絪絰統絲絳絶絹絺綁綃綄綆綈綉綌綎綏' +
  '綐綑經綖綜綝綞綠綡綢綣綧綪綫綬維綯綰綱網綳綴綵綸綹綺綻綽綾綿緄緇緊緋緑緒緓緔緗緘緙線緝緞締緡緣緦編緩' +
  '緬緯緱緲練緶緹緻緼縈縉縊縋縐縑縕縗縛縝縞縟縣縧縫縭縮縯縱縲縳縴縵縶縷縹總績繃繅繆繒織繕繚繞繡繢繩繪繫' +
  '繭繮繯繰繳繶繸繹繻繼繽繾繿纁纆纇纈纊續纍纏纓纔纕纖纘纜缽罃罈罌罎罰罵罷羅羆羈羋羣羥羨義羶習翫翬翹翽耬' +
  '耮聖聞聯聰聲聳聵聶職聹聽聾肅脅脈脛脣脩脫脹腎腖腡腦腫腳腸膃膕膚膞膠膢膩膽膾膿臉臍臏臘臚臟臠臢臥臨臺與' +
  '興舉舊舖舘艙艤艦艫艱艷芻苧茲荊莊莖莢莧華菴菸萇萊萬萴萵葉葒葤葦葯葷蒍蒐蒓蒔蒕蒞蒼蓀蓆蓋蓮蓯蓴蓽蔄蔔蔘' +
  '蔞蔣蔥蔦蔭蔯蔿蕁蕆蕎蕒蕓蕕蕘蕢蕩蕪蕭蕷薀薈薊薌薑薔薘薟薦薩薳薴薵薹薺藍藎藝藥藪藭藴藶藹藺蘀蘄蘆蘇蘊蘋' +
  '蘚蘞蘟蘢蘭蘺蘿虆虉處虛虜號虧虯蛺蛻蜆蝀蝕蝟蝦蝨蝸螄螞螢螮螻螿蟄蟈蟎蟣蟬蟯蟲蟳蟶蟻蠁蠅蠆蠍蠐蠑蠔蠟蠣蠨' +
  '蠱蠶蠻衆衊術衕衚衛衝袞袷裊裏補裝裡製複褌褘褲褳褸褻襀襇襉襏襖襝襠襤襪襬襯襲襴覈見覎規覓視覘覡覥覦親覬' +
  '覯覲覷覺覽覿觀觴觶觸訁訂訃計訊訌討訏訐訒訓訕訖託記訛訝訟訢訣訥訩訪設許訴訶診註証詀詁詆詎詐詒詔評詖詗' +
  '詘詛詝詞詠詡詢詣試詩詪詫詬詭詮詰話該詳詵詷詼詿誄誅誆誇誌認誑誒誕誘誚語誠誡誣誤誥誦誨說説誰課誶誹誼誾' +
  '調諂諄談諉請諍諏諑諒諓論諗諛諜諝諞諟諡諢諤諦諧諫諭諮諱諲諳諴諶諷諸諺諼諾謀謁謂謄謅謊謎謏謐謔謖謗謙謚' +
  '講謝謠謡謨謫謬謭謳謹謾譁證譎譏譓譖識譙譚譜譞譟譫譭譯議譴護譸譽譾讀讅變讋讌讎讒讓讕讖讚讜讞谿豈豎豐豔' +
  '豬豶貍貓貙貝貞貟負財貢貧貨販貪貫責貯貰貲貳貴貶買貸貺費貼貽貿賀賁賂賃賄賅資賈賊賑賒賓賕賙賚賜賞賠賡賢' +
  '賣賤賦賧質賫賬賭賰賴賵賺賻購賽賾贄贅贇贈贊贋贍贏贐贓贔贖贗贛贜赬趕趙趨趲跡踐踰踴蹌蹕蹟蹠蹣蹤蹺躂躉躊' +
  '躋躍躎躑躒躓躕躚躡躥躦躪軀車軋軌軍軏軑軒軔軛軝軟軤軫軲軸軹軺軻軼軾較輄輅輇輈載輊輋輒輓輔輕輗輛輜輝輞' +
  '輟輥輦輩輪輬輮輯輳輶輸輻輼輾輿轀轂轄轅轆轉轍轎轔轟轡轢轤辦辭辮辯農迴逕這連週進遊運過達違遙遜遞遠遡適' +
  '遲遶遷選遺遼邁還邇邊邏邐郟郵鄆鄉鄒鄔鄖鄧鄩鄭鄰鄲鄳鄴鄶鄺酇酈醃醖醜醞醟醣醫醬醱醲釀釁釃釅釋釐釒釓釔釕' +
  '釗釘釙針釣釤釦釧釩釴釵釷釹釺釾釿鈀鈁鈃鈄鈅鈇鈈鈉鈍鈎鈐鈑鈒鈔鈕鈞鈡鈣鈥鈦鈧鈮鈰鈳鈴鈷鈸鈹鈺鈽鈾鈿鉀鉅' +
  '鉆鉈鉉鉊鉋鉍鉑鉕鉗鉚鉛鉝鉞鉢鉤鉥鉦鉧鉬鉭鉮鉳鉶鉷鉸鉺鉻鉿銀銃銅銈銍銑銓銖銘銚銛銜銠銣銥銦銨銩銪銫銬銱' +
  '銳銶銷銹銻銼鋁鋃鋅鋇鋌鋏鋐鋒鋗鋙鋝鋟鋣鋤鋥鋦鋨鋩鋪鋭鋮鋯鋰鋱鋶鋸鋹鋼錀錁錄錆錇錈錏錐錒錕錘錙錚錛錞錟' +
  '錠錡錢錤錦錨錩錫錮錯録錳錶錸錼鍀鍁鍃鍅鍆鍇鍈鍊鍋鍍鍔鍘鍚鍛鍠鍤鍥鍩鍬鍭鍰鍵鍶鍺鍼鍾鎂鎄鎇鎊鎌鎓鎔鎖鎘' +
  '鎚鎛鎝鎡鎢鎣鎦鎧鎩鎪鎬鎭鎮鎰鎲鎳鎵鎶鎸鎿鏃鏇鏈鏌鏍鏏鏐鏑鏗鏘鏜鏝鏞鏟鏡鏢鏤鏨鏰鏵鏷鏹鏺鏻鏽鐃鐄鐇鐋鐍' +
  '鐏鐐鐒鐓鐔鐘鐙鐝鐠鐥鐦鐧鐨鐩鐫鐮鐯鐲鐳鐵鐶鐸鐺鐽鐿鑄鑊鑌鑑鑒鑔鑕鑞鑠鑣鑥鑪鑭鑰鑱鑲鑷鑹鑼鑽鑾鑿钁钂長' +
  '門閂閃閆閈閉開閌閎閏閑閒間閔閘閡閣閤閥閨閩閫閬閭閱閲閶閹閻閼閽閾閿闃闆闇闈闉闊闋闌闍闐闑闒闓闔闕闖關' +
  '闞闠闡闢闤闥陘陝陞陣陰陳陸陽隉隊階隑隕際隤隨險隮隯隱隴隸隻雋雖雙雛雜雞離難雲電霑霢霧霽靂靄靆靈靉靚靜' +
  '靝靦靨鞏鞝鞦鞽韁韃韆韉韋韌韍韓韙韜韝韞韻響頁頂頃項順頇須頊頌頍頎頏預頑頒頓頔頗領頜頠頡頤頦頫頭頮頰頲' +
  '頴頵頷頸頹頻頽顆題額顎顏顒顓顔顗願顙顛類顢顥顧顫顬顯顰顱顳顴風颭颮颯颱颳颶颸颺颻颼飀飄飆飈飛飠飢飣飥' +
  '飩飪飫飭飯飱飲飴飼飽飾飿餃餄餅餈餉養餌餎餏餑餒餓餕餖餗餘餚餛餜餞餡館餬餱餳餵餶餷餸餺餼餾餿饁饃饅饈饉' +
  '饊饋饌饑饒饗饘饜饞饢馬馭馮馱馳馴馹馼駁駃駉駐駑駒駓駔駕駘駙駛駝駟駡駢駪駭駰駱駸駼駿騁騂騄騅騊騌騍騎騏' +
  '騑騖騙騞騠騤騧騫騭騮騰騱騵騶騷騸騾驀驁驂驃驄驅驊驌驍驎驏驕驗驚驛驟驢驤驥驦驪驫骯髏髒體髕髖髮鬆鬍鬚鬢' +
  '鬥鬧鬨鬩鬮鬱鬹魎魘魚魛魟魢魨魯魴魷魺鮀鮁鮃鮆鮈鮊鮋鮍鮎鮐鮑鮒鮓鮚鮜鮝鮞鮟鮠鮡鮣鮦鮪鮫鮭鮮鮳鮶鮸鮺鯀鯁' +
  '鯇鯉鯊鯒鯔鯕鯖鯗鯛鯝鯡鯢鯤鯧鯨鯪鯫鯰鯴鯷鯻鯽鯿鰁鰂鰃鰆鰈鰉鰊鰌鰍鰏鰐鰒鰓鰛鰜鰟鰠鰣鰤鰥鰧鰨鰩鰭鰮鰱鰲' +
  '鰳鰵鰶鰷鰹鰺鰻鰼鰾鱀鱂鱅鱇鱈鱉鱒鱔鱖鱗鱘鱚鱝鱟鱠鱣鱤鱧鱨鱭鱯鱲鱷鱸鱺鳥鳧鳩鳬鳲鳳鳴鳶鳾鴆鴇鴉鴒鴕鴛鴝' +
  '鴞鴟鴣鴦鴨鴯鴰鴴鴷鴻鴿鵁鵂鵃鵏鵐鵑鵒鵓鵜鵝鵟鵠鵡鵪鵬鵮鵯鵰鵲鵷鵾鶄鶇鶉鶊鶓鶖鶘鶚鶠鶡鶥鶩鶪鶬鶯鶱鶲鶴' +
  '鶹鶺鶻鶼鶿鷀鷁鷂鷄鷉鷊鷓鷖鷗鷙鷚鷟鷥鷦鷫鷭鷯鷲鷳鷴鷸鷹鷺鷽鸂鸇鸊鸌鸏鸑鸕鸘鸚鸛鸝鸞鹵鹹鹺鹼鹽麗麥麩麪' +
  '麫麬麯麳麴麵麼麽黃黌點黨黲黴黶黷黽黿鼂鼉鼕鼴齊齋齎齏齒齔齕齗齘齙齜齟齠齡齣齦齧齪齬齮齯齲齶齷齼龍龎龐' +
  '龑龔龕龜鿁鿓豈更車賈滑串句龜龜契金喇奈懶癩羅蘿螺裸邏樂洛烙珞落酪駱亂卵欄爛蘭鸞嵐濫藍襤拉臘蠟廊朗浪狼' +
  '郎來冷勞擄櫓爐盧老蘆虜路露魯鷺碌祿綠菉錄鹿論壟弄籠聾牢磊賂雷壘屢樓淚漏累縷陋勒肋凜凌稜綾菱陵讀拏樂諾' +
  '丹寧怒率異北磻便復不泌數索參塞省葉說殺辰沈拾若掠略亮兩凉梁糧良諒量勵呂女廬旅濾礪閭驪麗黎力曆歷轢年憐' +
  '戀撚漣煉璉秊練聯輦蓮連鍊列劣咽烈裂說廉念捻殮簾獵令囹寧嶺怜玲瑩羚聆鈴零靈領例禮醴隸惡了僚寮尿料樂燎療' +
  '蓼遼龍暈阮劉杻柳流溜琉留硫紐類六戮陸倫崙淪輪律慄栗率隆利吏履易李梨泥理痢罹裏裡里離匿溺吝燐璘藺隣鱗麟' +
  '林淋臨立笠粒狀炙識什茶刺切度拓糖宅洞暴輻行降見廓兀嗀塚晴凞猪益礼神祥福靖精羽蘒諸逸都飯飼館鶴郞隷侮僧' +
  '免勉勤卑喝嘆器塀墨層屮悔慨憎懲敏既暑梅海渚漢煮爫琢碑社祉祈祐祖祝禍禎穀突節練縉繁署者臭艹艹著褐視謁謹' +
  '賓贈辶逸難響頻恵𤋮舘並况全侀充冀勇勺喝啕喙嗢塚墳奄奔婢嬨廒廙彩徭惘慎愈憎慠懲戴揄搜摒敖晴朗望杖歹殺流' +
  '滛滋漢瀞煮瞧爵犯猪瑱甆画瘝瘟益盛直睊着磌窱節类絛練缾者荒華蝹襁覆視調諸請謁諾諭謹變贈輸遲醙鉶陼難靖韛' +
  '響頋頻鬒龜𢡊𢡄𣏕㮝䀘䀹𥉉𥳐𧻓齃龎';

/** The first two or three units of each longer rule that changes its text (反覆 → 反复), separated by spaces. */
export const OPENCC_PHRASE_PREFIXES =
  '一坏 一目瞭 七逕 上逕 上鍊 不可貲 不瞭解 么麼 么麽 九逕山 乾乾淨 乾乾脆 乾佑縣 乾圖 乾' +
  '坤一 乾安縣 乾安鎮 乾斷 乾斷食 乾清宮 乾紅 乾綱 乾縣 乾闥婆 乾隆年 二噁英 仇讎 以免藉 ' +
  '以功覆 任筆沈 侔德覆 傢俱 傷亡枕 其陰多 凌藉 出醜狼 函覆 千鍾粟 南逕 反反覆 反覆 反覆思' +
  ' 反覆性 名覆金 吳祕 吳育昇 回覆 土坏 坏土 坏子 坏布 坏戶 墨沈沈 壺裏乾 大目乾 幺麼 幺' +
  '麼小 張昇 張法乾 彷彿 復甦 徵絃 徵聲 徵調 情有獨 意志消 憑藉 憑藉着 懷釐 所費不 手鍊 ' +
  '打坏 扭轉乾 批覆 找藉口 折戟沈 拉坏 拉鍊 拉鍊工 拜覆 捏坏 擊沈 據瞭解 文錦覆 於倫 於則' +
  ' 於單 於戲 於梨華 於潛 旋乾轉 旋轉乾 明瞭 明覆 昏沈 暗沈沈 書中自 李昇勳 李澤鉅 李鍊福' +
  ' 李鍾郁 東氾 校讎 梁章鉅 楊甦棣 楊聯陞 死氣沈 毛坏 水逕 氾勝之 氾國 沈下 沈不住 沈住氣' +
  ' 沈冤 沈厚 沈吟 沈寂 沈得住 沈思 沈思往 沈悶 沈沒 沈沒成 沈浮 沈浸 沈浸於 沈淪 沈湎 ' +
  '沈湎酒 沈溺 沈滯 沈滯性 沈澱 沈澱出 沈澱劑 沈澱法 沈澱物 沈濁 沈甸甸 沈痛 沈痼 沈痾 沈' +
  '睡 沈睡不 沈砂池 沈積 沈積岩 沈積石 沈筒 沈船 沈落 沈詩任 沈迷 沈迷不 沈醉 沈重 沈降 ' +
  '沈陷 沈靜 沈靜下 沈香 沈鬱 沈魚落 沈默 沈默不 沈默寡 沙逕 河逕 浪蕩乾 浮沈 海哩 深沈 ' +
  '深沈不 溫昇豪 滑藉 烏昇 烏沈沈 烏逕 無序 狐藉虎 王彥昇 珍珠項 甚鉅 甦生 甦醒 申昇勳 申' +
  '覆 畢昇 發覆 盧象昇 瞭如 瞭如指 瞭然 瞭然於 瞭若指 瞭解 瞭解到 破釜沈 磚坏 示覆 社逕 ' +
  '祕瓊 稟覆 答覆 篤麼 簡單明 籌畫 素藉 老態龍 耳沈 肘手鍊 脫坏 英哩 茵藉 萬鍾 落雁沈 蒐' +
  '于紅 蒐於紅 蒐獮 蒐獵 蔣昇 蕓薹 蕩覆 蕭乾 藉代 藉以 藉助 藉助於 藉卉 藉口 藉喻 藉寇兵' +
  ' 藉手 藉據 藉故 藉故推 藉方 藉條 藉槁 藉機 藉此 藉此機 藉甚 藉由 藉着 藉端 藉端生 藉' +
  '箸代 藉草枕 藉詞 藉讀 藉資 衹得 衹見樹 袖裏乾 製坏 覆信 覆呈 覆命 覆墓 覆帳 覆幬 覆按' +
  ' 覆文 覆校 覆盤 覆蕉尋 覆醬瓿 覆電 覆鹿尋 覆鹿遺 見覆 計畫 許甦魂 變徵 變徵之 讎定 貂' +
  '覆額 買臣覆 赤石逕 踅門瞭 躪藉 載沈載 載浮載 逕口 逕聯 逕頭 酒逢知 醞藉 重覆 金鍊 鈞覆' +
  ' 鉅子 鉅萬 鉅防 鉸鍊 銀鍊 鋼坏 錢鍾書 鍊墜 鍊子 鍊形 鍊條 鍊錘 鍊鎖 鍛鍾 鍾繇 鍾萬梅' +
  ' 鍾重發 鍾鍛 鍾馗 鎖鍊 鐵鍊 鑽石項 鑿坏 閻鶴昇 陰沈 陰沈沈 陰陰沈 陳志昇 陳昇 陳甦 陶' +
  '坏 雁杳魚 雖覆能 電覆 韓昇延 韓甦 項鍊 頗覆 頸鍊 顛乾倒 顛倒乾 顧藉 馮甦 魚沈雁 麪坏兒' +
  ' 麼些族 黃甦 黃鍾公 黑沈沈 龍鍾 龔昇 \ud840\udc5e \ud841\udde3 \ud844\udcd5 \ud844\udd4f \ud845\udc4d \ud845\udc6d \ud845\udcfe \ud845\udd16 \ud845\udfb5 \ud846' +
  '\udc39 \ud846\udc83 \ud846\udf89 \ud846\udfa3 \ud847\udcf3 \ud847\uded5 \ud847\udfb1 \ud84a\udcda \ud84b\uddab \ud84b\ude7f \ud84c\ude36 \ud84d\ude4e \ud84d\udfbb \ud84e\udc29 \ud84e\udc32 \ud84e\udff6 \ud84f\udfb7 ' +
  '\ud850\udc63 \ud850\udd76 \ud851\udce9 \ud852\udeba \ud852\udee9 \ud853\udcf8 \ud854\ude9d \ud854\udf03 \ud855\udd65 \ud855\udd85 \ud855\uddfd \ud856\udca2 \ud857\ude20 \ud857\udf3d \ud859\ude27 \ud85a\udcce \ud85a\ude99' +
  ' \ud85d\udf17 \ud85d\udf35 \ud85d\udf5e \ud85d\udfc0 \ud85e\ude59 \ud85f\udd73 \ud85f\udda7 \ud860\udeb0 \ud860\udeb8 \ud860\udee2 \ud862\udd3b \ud862\uddab \ud862\uddc0 \ud862\udddc \ud862\ude0f \ud862\udf46 \ud862' +
  '\udf4e \ud862\udfc5 \ud865\udfaf \ud866\udc34 \ud866\udcd1 \ud867\udd98 \ud87e\udc00 \ud87e\udc01 \ud87e\udc02 \ud87e\udc03 \ud87e\udc04 \ud87e\udc05 \ud87e\udc06 \ud87e\udc07 \ud87e\udc08 \ud87e\udc09 \ud87e\udc0a ' +
  '\ud87e\udc0b \ud87e\udc0c \ud87e\udc0d \ud87e\udc0e \ud87e\udc0f \ud87e\udc10 \ud87e\udc11 \ud87e\udc12 \ud87e\udc13 \ud87e\udc14 \ud87e\udc15 \ud87e\udc16 \ud87e\udc17 \ud87e\udc18 \ud87e\udc19 \ud87e\udc1a \ud87e\udc1b' +
  ' \ud87e\udc1c \ud87e\udc1d \ud87e\udc1e \ud87e\udc1f \ud87e\udc20 \ud87e\udc21 \ud87e\udc22 \ud87e\udc23 \ud87e\udc24 \ud87e\udc25 \ud87e\udc26 \ud87e\udc27 \ud87e\udc28 \ud87e\udc29 \ud87e\udc2a \ud87e\udc2b \ud87e' +
  '\udc2c \ud87e\udc2d \ud87e\udc2e \ud87e\udc2f \ud87e\udc30 \ud87e\udc31 \ud87e\udc32 \ud87e\udc33 \ud87e\udc34 \ud87e\udc35 \ud87e\udc36 \ud87e\udc37 \ud87e\udc38 \ud87e\udc39 \ud87e\udc3a \ud87e\udc3b \ud87e\udc3c ' +
  '\ud87e\udc3d \ud87e\udc3e \ud87e\udc3f \ud87e\udc40 \ud87e\udc41 \ud87e\udc42 \ud87e\udc43 \ud87e\udc44 \ud87e\udc45 \ud87e\udc46 \ud87e\udc47 \ud87e\udc48 \ud87e\udc49 \ud87e\udc4a \ud87e\udc4b \ud87e\udc4c \ud87e\udc4d' +
  ' \ud87e\udc4e \ud87e\udc4f \ud87e\udc50 \ud87e\udc51 \ud87e\udc52 \ud87e\udc53 \ud87e\udc54 \ud87e\udc55 \ud87e\udc56 \ud87e\udc57 \ud87e\udc58 \ud87e\udc59 \ud87e\udc5a \ud87e\udc5b \ud87e\udc5c \ud87e\udc5d \ud87e' +
  '\udc5e \ud87e\udc5f \ud87e\udc60 \ud87e\udc61 \ud87e\udc62 \ud87e\udc63 \ud87e\udc64 \ud87e\udc65 \ud87e\udc66 \ud87e\udc67 \ud87e\udc68 \ud87e\udc69 \ud87e\udc6a \ud87e\udc6b \ud87e\udc6c \ud87e\udc6d \ud87e\udc6e ' +
  '\ud87e\udc6f \ud87e\udc70 \ud87e\udc71 \ud87e\udc72 \ud87e\udc73 \ud87e\udc74 \ud87e\udc75 \ud87e\udc76 \ud87e\udc77 \ud87e\udc78 \ud87e\udc79 \ud87e\udc7a \ud87e\udc7b \ud87e\udc7c \ud87e\udc7d \ud87e\udc7e \ud87e\udc7f' +
  ' \ud87e\udc80 \ud87e\udc81 \ud87e\udc82 \ud87e\udc83 \ud87e\udc84 \ud87e\udc85 \ud87e\udc86 \ud87e\udc87 \ud87e\udc88 \ud87e\udc89 \ud87e\udc8a \ud87e\udc8b \ud87e\udc8c \ud87e\udc8d \ud87e\udc8e \ud87e\udc8f \ud87e' +
  '\udc90 \ud87e\udc91 \ud87e\udc92 \ud87e\udc93 \ud87e\udc94 \ud87e\udc95 \ud87e\udc96 \ud87e\udc97 \ud87e\udc98 \ud87e\udc99 \ud87e\udc9a \ud87e\udc9b \ud87e\udc9c \ud87e\udc9d \ud87e\udc9e \ud87e\udc9f \ud87e\udca0 ' +
  '\ud87e\udca1 \ud87e\udca2 \ud87e\udca3 \ud87e\udca4 \ud87e\udca5 \ud87e\udca6 \ud87e\udca7 \ud87e\udca8 \ud87e\udca9 \ud87e\udcaa \ud87e\udcab \ud87e\udcac \ud87e\udcad \ud87e\udcae \ud87e\udcaf \ud87e\udcb0 \ud87e\udcb1' +
  ' \ud87e\udcb2 \ud87e\udcb3 \ud87e\udcb4 \ud87e\udcb5 \ud87e\udcb6 \ud87e\udcb7 \ud87e\udcb8 \ud87e\udcb9 \ud87e\udcba \ud87e\udcbb \ud87e\udcbc \ud87e\udcbd \ud87e\udcbe \ud87e\udcbf \ud87e\udcc0 \ud87e\udcc1 \ud87e' +
  '\udcc2 \ud87e\udcc3 \ud87e\udcc4 \ud87e\udcc5 \ud87e\udcc6 \ud87e\udcc7 \ud87e\udcc8 \ud87e\udcc9 \ud87e\udcca \ud87e\udccb \ud87e\udccc \ud87e\udccd \ud87e\udcce \ud87e\udccf \ud87e\udcd0 \ud87e\udcd1 \ud87e\udcd2 ' +
  '\ud87e\udcd3 \ud87e\udcd4 \ud87e\udcd5 \ud87e\udcd6 \ud87e\udcd7 \ud87e\udcd8 \ud87e\udcd9 \ud87e\udcda \ud87e\udcdb \ud87e\udcdc \ud87e\udcdd \ud87e\udcde \ud87e\udcdf \ud87e\udce0 \ud87e\udce1 \ud87e\udce2 \ud87e\udce3' +
  ' \ud87e\udce4 \ud87e\udce5 \ud87e\udce6 \ud87e\udce7 \ud87e\udce8 \ud87e\udce9 \ud87e\udcea \ud87e\udceb \ud87e\udcec \ud87e\udced \ud87e\udcee \ud87e\udcef \ud87e\udcf0 \ud87e\udcf1 \ud87e\udcf2 \ud87e\udcf3 \ud87e' +
  '\udcf4 \ud87e\udcf5 \ud87e\udcf6 \ud87e\udcf7 \ud87e\udcf8 \ud87e\udcf9 \ud87e\udcfa \ud87e\udcfb \ud87e\udcfc \ud87e\udcfd \ud87e\udcfe \ud87e\udcff \ud87e\udd00 \ud87e\udd01 \ud87e\udd02 \ud87e\udd03 \ud87e\udd04 ' +
  '\ud87e\udd05 \ud87e\udd06 \ud87e\udd07 \ud87e\udd08 \ud87e\udd09 \ud87e\udd0a \ud87e\udd0b \ud87e\udd0c \ud87e\udd0d \ud87e\udd0e \ud87e\udd0f \ud87e\udd10 \ud87e\udd11 \ud87e\udd12 \ud87e\udd13 \ud87e\udd14 \ud87e\udd15' +
  ' \ud87e\udd16 \ud87e\udd17 \ud87e\udd18 \ud87e\udd19 \ud87e\udd1a \ud87e\udd1b \ud87e\udd1c \ud87e\udd1d \ud87e\udd1e \ud87e\udd1f \ud87e\udd20 \ud87e\udd21 \ud87e\udd22 \ud87e\udd23 \ud87e\udd24 \ud87e\udd25 \ud87e' +
  '\udd26 \ud87e\udd27 \ud87e\udd28 \ud87e\udd29 \ud87e\udd2a \ud87e\udd2b \ud87e\udd2c \ud87e\udd2d \ud87e\udd2e \ud87e\udd2f \ud87e\udd30 \ud87e\udd31 \ud87e\udd32 \ud87e\udd33 \ud87e\udd34 \ud87e\udd35 \ud87e\udd36 ' +
  '\ud87e\udd37 \ud87e\udd38 \ud87e\udd39 \ud87e\udd3a \ud87e\udd3b \ud87e\udd3c \ud87e\udd3d \ud87e\udd3e \ud87e\udd3f \ud87e\udd40 \ud87e\udd41 \ud87e\udd42 \ud87e\udd43 \ud87e\udd44 \ud87e\udd45 \ud87e\udd46 \ud87e\udd47' +
  ' \ud87e\udd48 \ud87e\udd49 \ud87e\udd4a \ud87e\udd4b \ud87e\udd4c \ud87e\udd4d \ud87e\udd4e \ud87e\udd4f \ud87e\udd50 \ud87e\udd51 \ud87e\udd52 \ud87e\udd53 \ud87e\udd54 \ud87e\udd55 \ud87e\udd56 \ud87e\udd57 \ud87e' +
  '\udd58 \ud87e\udd59 \ud87e\udd5a \ud87e\udd5b \ud87e\udd5c \ud87e\udd5d \ud87e\udd5e \ud87e\udd5f \ud87e\udd60 \ud87e\udd61 \ud87e\udd62 \ud87e\udd63 \ud87e\udd64 \ud87e\udd65 \ud87e\udd66 \ud87e\udd67 \ud87e\udd68 ' +
  '\ud87e\udd69 \ud87e\udd6a \ud87e\udd6b \ud87e\udd6c \ud87e\udd6d \ud87e\udd6e \ud87e\udd6f \ud87e\udd70 \ud87e\udd71 \ud87e\udd72 \ud87e\udd73 \ud87e\udd74 \ud87e\udd75 \ud87e\udd76 \ud87e\udd77 \ud87e\udd78 \ud87e\udd79' +
  ' \ud87e\udd7a \ud87e\udd7b \ud87e\udd7c \ud87e\udd7d \ud87e\udd7e \ud87e\udd7f \ud87e\udd80 \ud87e\udd81 \ud87e\udd82 \ud87e\udd83 \ud87e\udd84 \ud87e\udd85 \ud87e\udd86 \ud87e\udd87 \ud87e\udd88 \ud87e\udd89 \ud87e' +
  '\udd8a \ud87e\udd8b \ud87e\udd8c \ud87e\udd8d \ud87e\udd8e \ud87e\udd8f \ud87e\udd90 \ud87e\udd91 \ud87e\udd92 \ud87e\udd93 \ud87e\udd94 \ud87e\udd95 \ud87e\udd96 \ud87e\udd97 \ud87e\udd98 \ud87e\udd99 \ud87e\udd9a ' +
  '\ud87e\udd9b \ud87e\udd9c \ud87e\udd9d \ud87e\udd9e \ud87e\udd9f \ud87e\udda0 \ud87e\udda1 \ud87e\udda2 \ud87e\udda3 \ud87e\udda4 \ud87e\udda5 \ud87e\udda6 \ud87e\udda7 \ud87e\udda8 \ud87e\udda9 \ud87e\uddaa \ud87e\uddab' +
  ' \ud87e\uddac \ud87e\uddad \ud87e\uddae \ud87e\uddaf \ud87e\uddb0 \ud87e\uddb1 \ud87e\uddb2 \ud87e\uddb3 \ud87e\uddb4 \ud87e\uddb5 \ud87e\uddb6 \ud87e\uddb7 \ud87e\uddb8 \ud87e\uddb9 \ud87e\uddba \ud87e\uddbb \ud87e' +
  '\uddbc \ud87e\uddbd \ud87e\uddbe \ud87e\uddbf \ud87e\uddc0 \ud87e\uddc1 \ud87e\uddc2 \ud87e\uddc3 \ud87e\uddc4 \ud87e\uddc5 \ud87e\uddc6 \ud87e\uddc7 \ud87e\uddc8 \ud87e\uddc9 \ud87e\uddca \ud87e\uddcb \ud87e\uddcc ' +
  '\ud87e\uddcd \ud87e\uddce \ud87e\uddcf \ud87e\uddd0 \ud87e\uddd1 \ud87e\uddd2 \ud87e\uddd3 \ud87e\uddd4 \ud87e\uddd5 \ud87e\uddd6 \ud87e\uddd7 \ud87e\uddd8 \ud87e\uddd9 \ud87e\uddda \ud87e\udddb \ud87e\udddc \ud87e\udddd' +
  ' \ud87e\uddde \ud87e\udddf \ud87e\udde0 \ud87e\udde1 \ud87e\udde2 \ud87e\udde3 \ud87e\udde4 \ud87e\udde5 \ud87e\udde6 \ud87e\udde7 \ud87e\udde8 \ud87e\udde9 \ud87e\uddea \ud87e\uddeb \ud87e\uddec \ud87e\udded \ud87e' +
  '\uddee \ud87e\uddef \ud87e\uddf0 \ud87e\uddf1 \ud87e\uddf2 \ud87e\uddf3 \ud87e\uddf4 \ud87e\uddf5 \ud87e\uddf6 \ud87e\uddf7 \ud87e\uddf8 \ud87e\uddf9 \ud87e\uddfa \ud87e\uddfb \ud87e\uddfc \ud87e\uddfd \ud87e\uddfe ' +
  '\ud87e\uddff \ud87e\ude00 \ud87e\ude01 \ud87e\ude02 \ud87e\ude03 \ud87e\ude04 \ud87e\ude05 \ud87e\ude06 \ud87e\ude07 \ud87e\ude08 \ud87e\ude09 \ud87e\ude0a \ud87e\ude0b \ud87e\ude0c \ud87e\ude0d \ud87e\ude0e \ud87e\ude0f' +
  ' \ud87e\ude10 \ud87e\ude11 \ud87e\ude12 \ud87e\ude13 \ud87e\ude14 \ud87e\ude15 \ud87e\ude16 \ud87e\ude17 \ud87e\ude18 \ud87e\ude19 \ud87e\ude1a \ud87e\ude1b \ud87e\ude1c \ud87e\ude1d \ud883\udede';
