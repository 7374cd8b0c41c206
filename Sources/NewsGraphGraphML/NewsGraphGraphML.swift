// NewsGraphGraphML
import CLibXML2
