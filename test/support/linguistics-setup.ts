// Unit tests read the linter's word classes synchronously, as the command line does.
import "../../src/domain/text/wordClassesNode";
