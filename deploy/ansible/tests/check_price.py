"""The fleet test's health command: the demo service on 127.0.0.1:<port> answers the fixed total."""
import sys
import urllib.request

port = sys.argv[1]
total = urllib.request.urlopen('http://127.0.0.1:%s/price?unit=3000000&qty=1000' % port, timeout=5).read().strip()
if total != b'3000000000':
    sys.exit('port %s: wrong total for 1000 x 30,000.00: %s' % (port, total.decode()))
