// The most frequent passwords of the public "10 million passwords" corpus (its top 10 000,
// entries of 8 characters or more, lower case), plus the years and place names people here
// append or use. A password equal to one of them, ignoring case, is refused.
const LIST = `
password 12345678 123456789 qwertyuiop 1234567890 superman 1qaz2wsx 7777777 trustno1 jennifer
sunshine iloveyou starwars computer michelle 11111111 princess 987654321 corvette 1234qwer 88888888
q1w2e3r4t5 internet samantha whatever maverick steelers mercedes 123123123 qwer1234 hardcore
q1w2e3r4 midnight bigdaddy victoria 1q2w3e4r cocacola marlboro asdfasdf 87654321 12344321 jordan23
password1 qwerty123 slipknot 12341234 abcd1234 scorpion qazwsxedc startrek asdfghjkl qwertyui
liverpool dolphins nicholas elephant mountain xxxxxxxx 1q2w3e4r5t metallic 4815162342 passw0rd
1qazxsw2 69696969 11223344 december 01012011 lifehack brooklyn platinum darkness blink182 789456123
12qwaszx snowball redwings nintendo guinness november minecraft asdf1234 lasvegas babygirl dickhead
12121212 147258369 explorer snickers metallica alexande paradise michigan carolina maximus lacrosse
christin kimberly kristina 0987654321 poohbear qweasdzxc drowssap caroline einstein 1232323q
champion svetlana westside courtney 12345qwert aaaaaaaa anderson melanie abcdefg security stargate
simpsons scarface 123456789a 1234554321 cherokee veronica semperfi scotland marshall 98765432
softball passport franklin alexander 55555555 zaq12wsx infinity kawasaki 77777777 vladimir freeuser
wildcats brittany 00000000 bulldogs swordfis 7654321 patriots pearljam colorado ncc1701d motorola
juventus wolverin warcraft hello123 peekaboo 123654789 panthers elizabet spiderma virginia valentin
predator mitchell 741852963 1111111111 rolltide changeme lovelove fktrcfylh loverboy chevelle
michael1 147852369 password123 spiderman darkside 123456789q 01011980 freepass fyfcnfcbz 22222222
1029384756 billybob snowman lawrence kristen pussycat 01012000 chocolat catch22 business cjkysirj
123qweasd serenity greenday charlie1 firebird blizzard a1b2c3d4 sterling tarheels remember
basketball zeppelin swimming pavilion engineer dodgers bobafett 21122112 icecream darkstar hellfire
fireball rockstar defender swordfish airforce abcdefgh amateur bluebird presario wrangler precious
harrison goldfish atlanta thailand longhorn 123qweasdzxc integra wordpass hawkeye 31415926
999999999 letmein1 assassin testtest microsoft devildog valentina butterfly lonewolf babydoll
atlantis angelina hotstuff mistress blahblah birthday 1234abcd 01011990 qazwsx123 mustang1 goldberg
12345678910 wolfgang leonardo basketba sweetpea 13131313 freedom1 fredfred manchester kathleen
hamilton 1qaz2wsx3edc 1478963 buckeyes 0123456789 stephani kissme enterpri diamonds 66666666
thuglife napoleon highland trfnthbyf welcome1 123qwe123 wrinkle1 51505150 11235813 butterfl
elizabeth sherlock marathon overlord trombone isabelle barcelona babylon5 ultimate yankees1
superfly geronimo concrete q1w2e3r4t5y6 jessica1 123454321 portugal christy 14789632 qazxswedc
kingkong adgjmptw 1123581321 alejandr bluemoon abigail ghbdtnbr 7895123 super123 aleksandr dietcoke
cooldude christop lollipop fernando christian letmein2 01012010 werewolf punkrock giovanni cdtnkfyf
tottenha hongkong a1234567 zzzzzzzz hollywoo gn56gn56 stocking matthew1 44444444 makaveli charlott
anthony1 111222333 satan666 columbia skywalke qazwsxed wolverine ravens privet musicman megadeth
verbatim 1q2w3e4r5t6y 147896325 stardust skittles qwerty12345 123321123 1234567a sandiego 192837465
starcraft 25802580 slapshot ekaterina 123698745 1234512345 raistlin coltrane 123456z 1a2b3c4d
19841984 12369874 mailcreated5240 halflife qwerasdf kangaroo panasonic beautiful 1122334455
scoobydo 12312312 lvbnhbq catalina californ stonecol santiago lowrider anastasia ragnarok 19921992
11112222 nuttertools gizmodo dkflbvbh titleist dodgeram aspirine 1234567q mersedes qazwsxedcrfv
formula1 a1s2d3f4 23232323 veritas peterpan justdoit alexandra sapphire richmond 123456qwerty
labrador 1234567890q 10101010 stephanie webmaster 19871987 0000000000 richard1 godsmack 19891989
qwerty123456 15426378 qwertyuio qwert123 111111111 5555555555 terminator romashka pa55word
9876543210 vkontakte 19851985 vfrcbvrf pinkfloy agent007 19911991 01011985 hurrican california
73501505 enterprise 19941994 19781978 01011970 ranger1 warhammer 1qaz1qaz 1234qwe 01011981
rjirfrgbde 19861986 01011986 superstar 123456789z woofwoof turkey50 bigmoney azsxdcfv poiuytrewq
21212121 19831983 sexygirl 19951995 13243546 123456aa 1passwor zxcasdqwe 963852741 18436572
pa55w0rd football1 happy123 abc12345 609609609 1qa2ws3ed 123789456 20102010 12131415 vladislav
789789789 killbill fktrcfylhf 2128506 r2d2c3po 19721972 19691969 20002000 marino13 apple123
1x2zkg8w 19881988 19741974 test1234 a123456789 03082006 02071986 20012001 12345678q qazwsx12
10203040 qwerty1234 montgom240 12qw34er 123qwerty 1q2w3e4r5 superman1 kcj9wx5n 8j4ye3uz p0015123
nwo4life xbox360 pass1234 love123 sersolution qwerty123456789 qwertyuiop123 1q2w3e4r5t6y7u8i
1qaz2wsx3edc4rfv zxcvbnm123 asdfghjkl123 iloveyou123 iloveyou1 password12 password1234 password2023
password2024 password2025 password2026 parol123 parol12345 parol123456 kazakhstan kazakhstan1
kazakhstan123 kazakhstan2024 astana2023 astana2024 astana2025 astana2026 almaty2023 almaty2024
almaty2025 almaty2026 qwerty2024 qwerty2025 qwerty2026 admin12345 admin123456 administrator
administrator1 welcome123 welcome2024 changeme123 letmein123 123456789qwe qweasdzxc123 qwe123456
qwe123qwe abc1234567 abcdef123456 1234567890a 1234567890qwe samsung123 iphone12345 google12345
football123 baseball123 superman123 batman12345 dragon12345 monkey12345 master12345 shadow12345
sunshine123 princess123 michael123 q1w2e3r4t5y6u7 zaq1zaq1 zaq12wsxcde xsw2zaq1 1qazzaq1 asdasd123
qazwsx1234 qwertyqwerty 1234qwerasdf
`;

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));
