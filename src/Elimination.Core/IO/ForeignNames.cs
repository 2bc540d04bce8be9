using System.Text.RegularExpressions;

namespace Elimination.Core.IO;

/// <summary>
/// Variable names another program cannot take as ring variables, and the renaming our writers
/// apply: a reserved or malformed name <c>v</c> becomes <c>v0</c> (<c>v1</c>, … if taken; for
/// Macaulay2, where '_' is the subscript operator, underscores become <c>U</c> first). The writers
/// list the renaming in an <c>elimination-renamed: new=old, …</c> header comment, which our readers
/// use to restore the original names.
/// </summary>
public static class ForeignNames
{
    /// <summary>
    /// Singular's <c>reservedNameList()</c> (Singular 4.3: keywords, types, kernel commands), the
    /// predefined coefficient rings QQ and ZZ, and the procedures standard.lib loads at start-up.
    /// </summary>
    public static readonly IReadOnlySet<string> SingularReserved = Words(
        "QQ ZZ Float Standard Top checkww create_ring crossprod datetime delkbclass fprintf groebner hilbRing intersect1 kbclass " +
        "kbprepare max min mod_init par2varRing parse_L1 parse_L2 parse_L3 parse_ordering parse_var printf qslimgb quot quot1 " +
        "quotient0 quotient1 quotient2 quotient3 quotient4 quotient5 quotientList res sprintf stdfglm stdhilb tuple_to_tokens " +
        "weightKB weightmon widkbase " +
        "ASSUME ERROR GCD IN LIB NF RETURN TRACE alias align and apply attrib bareiss basering betti bigint bigintmat bracket " +
        "branchTo break breakpoint char char_series charstr chinrem cleardenom close coef coeffs continue contract " +
        "convhull cring dbprint def defined deg degBound degree delete denominator det diff dim div division dump " +
        "echo eliminate else envelope eval example execute exit export exportto extgcd facstd factmodd factorize " +
        "farey fetch fglm fglmquot find finduni for forif freemodule fres frwalk gcd gen getdump help highcorner hilb " +
        "homog hres ideal if imap impart importfrom indepSet insert int interpolation interred intersect intmat " +
        "intvec jacob janet jet kbase keepring kernel kill killattrib koszul kres laguerre lead leadcoef leadexp " +
        "leadmonom lift liftstd link list listvar load lres ludecomp luinverse lusolve map matrix maxideal memory " +
        "minbase minor minpoly minres mod module modulo monitor monomial mpresmat mres mstd mult multBound " +
        "multiplicity nameof names nc_algebra ncalgebra ncols newline newstruct noether not npars nres nrows number " +
        "numerator nvars open oppose opposite option or ord ordstr package pagewidth par parameter pardeg parstr " +
        "pause poly polyBucket preimage prime primefactors print printlevel proc prune pyobject qhweight qrds qring " +
        "quit quote quotient random rank read reduce regularity repart reservedName reservedNameList resolution " +
        "restart resultant return rightstd ring ring_list ringlist rtimer rvar sba setring short simplex simplify " +
        "size slimgb smatrix sortvec sqrfree sres status std string subst system syz tensor test timer trace " +
        "transpose twostd type typeof univariate uressolve vandermonde var variables varstr vdim vector verbose voice " +
        "waitall waitfirst wedge weight while whileif write");

    /// <summary>
    /// Every identifier of Macaulay2 1.21's <c>dictionaryPath</c> at start-up (QQ, ZZ, RR, CC, ideal,
    /// ring, pi, ii, …): a ring variable must be a symbol without a value, so none of these will do.
    /// </summary>
    public static readonly IReadOnlySet<string> Macaulay2Reserved = Words(
        "about abs accumulate Acknowledgement acos acosh acot acoth addCancelTask addDependencyTask addEndFunction " +
        "addHook AdditionalPaths addStartFunction addStartTask Adjacent adjoint AffineVariety AfterEval AfterNoPrint " +
        "AfterPrint agm alarm Algorithm Alignment all AllCodimensions allowableThreads ambient analyticSpread " +
        "ancestor ancestors and AngleBarList ann annihilator antipode any append applicationDirectory " +
        "applicationDirectorySuffix apply applyKeys applyPairs applyTable applyValues apropos argument Array arXiv " +
        "Ascending ascii asin asinh ass assert associatedGradedRing associatedPrimes AssociativeExpression atan atan2 " +
        "atanh atEndOfFile Authors autoload AuxiliaryFiles backtrace Bag Bareiss baseFilename BaseFunction baseName " +
        "baseRing baseRings BaseRow BasicList basis BasisElementLimit Bayer BeforePrint beginDocumentation benchmark " +
        "BesselJ BesselY Beta betti BettiTally between Binary BinaryOperation Binomial binomial BKZ blockMatrixForm " +
        "Body Boolean borel Boxes break cache CacheExampleOutput CacheFunction CacheTable cacheValue CallLimit " +
        "cancelTask capture CatalanConstant catch Caveat CC ceiling Center centerString Certification ChainComplex " +
        "chainComplex ChainComplexMap changeBase ChangeMatrix char characters check checkDegrees CheckDocumentation " +
        "chi class Classic clean clearAll clearEcho clearOutput close closeIn closeOut ClosestFit code codim " +
        "CodimensionLimit coefficient CoefficientRing coefficientRing coefficients Cofactor CohenEngine CohenTopLevel " +
        "CoherentSheaf cohomology coimage coker cokernel collectGarbage columnAdd columnate columnMult columnPermute " +
        "columnRankProfile columnSwap combine Command commandInterpreter commandLine commonest commonRing comodule " +
        "compactMatrixForm CompiledFunction CompiledFunctionBody CompiledFunctionClosure Complement complement " +
        "complete CompleteIntersection ComplexField components compose compositions compress concatenate conductor " +
        "ConductorElement cone Configuration conjugate connectionCount Consequences Constant Constants content " +
        "continue contract Contributors conwayPolynomial ConwayPolynomials copy copyDirectory copyFile copyright Core " +
        "cos cosh cot cotangentSheaf coth cover coverMap cpuTime createTask csc csch current currentColumnNumber " +
        "currentDirectory currentFileDirectory currentFileName currentLayout currentPackage currentPosition " +
        "currentRowNumber currentString currentTime Database Date dd debug debugError DebuggingMode debuggingMode " +
        "debugLevel Decompose decompose deepSplice Default default defaultPrecision Degree degree DegreeGroup " +
        "degreeGroup degreeLength DegreeLift DegreeLimit DegreeMap DegreeOrder DegreeRank Degrees degrees " +
        "degreesMonoid degreesRing delete demark denominator Dense Density depth Descending Descent Describe describe " +
        "Description det determinant diagonalMatrix diameter Dictionary dictionary dictionaryPath diff difference " +
        "Digamma dim directSum disassemble discriminant dismiss Dispatch distinguished Divide divideByVariable " +
        "DivideConquer DividedPowers do doc docExample docTemplate document DocumentTag Down drop dual Dynamic " +
        "eagonNorthcott echoOff echoOn edit eigenvalues eigenvectors eint EisenbudHunekeVasconcelos elapsedTime " +
        "elapsedTiming elements Eliminate eliminate Elimination else Email End end endl endPackage Engine " +
        "engineDebugLevel EngineRing entries environment Equation erase erf erfc error errorDepth euler EulerConstant " +
        "eulers even EXAMPLE ExampleFiles examples Exclude exec exit exp expectedReesIdeal expm1 exponents export " +
        "exportFrom exportMutable Expression expression Ext extend exteriorPower factor false Fano FastNonminimal " +
        "File fileDictionaries fileExecutable fileExists fileExitHooks fileLength fileMode FileName FilePosition " +
        "fileReadable fileTime fileWritable fillMatrix findFiles findHeft FindOne findProgram findSynonyms First " +
        "first firstkey fittingIdeal flagLookup FlatMonoid flatten flattenRing Flexible flip floor flush fold " +
        "FollowLinks for forceGB fork Format format formation fpLLL frac fraction FractionField frames from " +
        "fromDividedPowers fromDual Function FunctionApplication FunctionBody functionBody FunctionClosure " +
        "GaloisField Gamma gb GBDegrees gbRemove gbSnapshot gbTrace gcd gcdCoefficients gcdLLL GCstats genera " +
        "GeneralOrderedMonoid GenerateAssertions generateAssertions generator generators Generic genericMatrix " +
        "genericSkewMatrix genericSymmetricMatrix gens genus get getc getChangeMatrix getenv getGlobalSymbol " +
        "getNetFile getNonUnit getPrimeWithRootOfUnity getSymbol getWWW GF Givens GLex Global global globalAssign " +
        "globalAssignFunction GlobalAssignHook globalAssignment globalAssignmentHooks GlobalDictionary " +
        "GlobalHookStore globalReleaseFunction GlobalReleaseHook Gorenstein GradedModule gradedModule GradedModuleMap " +
        "gradedModuleMap gramm graphIdeal graphRing Grassmannian GRevLex GroebnerBasis groebnerBasis " +
        "GroebnerBasisOptions groupID GroupLex GroupRevLex GTZ handleInterrupts HardDegreeLimit hash HashTable " +
        "hashTable HeaderType Heading Headline Heft heft Height height help Hermite hermite Hermitian HH hh Hilbert " +
        "hilbertFunction hilbertPolynomial hilbertSeries hold Holder Hom homeDirectory HomePage Homogeneous " +
        "Homogeneous2 homogenize homology homomorphism hooks horizontalJoin HorizontalSpace html httpHeaders Hybrid " +
        "hypertext icFracP icFractions icMap icPIdeal id Ideal ideal idealizer identity if IgnoreExampleErrors ii " +
        "image imaginaryPart ImmutableType importFrom in incomparable Increment independentSets indeterminate " +
        "IndeterminateNumber Index index indexComponents IndexedVariable IndexedVariableTable indices inducedMap " +
        "inducesWellDefinedMap InexactField InexactFieldFamily InexactNumber InfiniteNumber infinity info " +
        "InfoDirSection infoHelp Inhomogeneous input Inputs insert installAssignmentMethod installedPackages " +
        "installHilbertFunction installMethod installMinprimes installPackage InstallPrefix instance instances " +
        "IntegralClosure integralClosure integrate interpreterDepth intersect intersectInP Intersection intersection " +
        "interval inverse inverseErf InverseMethod inversePermutation inverseRegularizedBeta inverseRegularizedGamma " +
        "Inverses inverseSystem InverseSystems Invertible irreducibleCharacteristicSeries irreducibleDecomposition " +
        "isAffineRing isANumber isBorel isc isCanceled isCommutative isConstant isDirectory isDirectSum isEmpty " +
        "isField isFinite isFinitePrimeField isFreeModule isGlobalSymbol isHomogeneous isIdeal isInfinite isInjective " +
        "isInputFile isIsomorphic isIsomorphism isLinearType isListener isLLL isMember isModule isMonomialIdeal " +
        "isNormal Isomorphism isOpen isOutputFile isPolynomialRing isPrimary isPrime isPrimitive isPseudoprime " +
        "isQuotientModule isQuotientOf isQuotientRing isReady isReal isReduction isRegularFile isRing " +
        "isSkewCommutative isSorted isSquareFree isStandardGradedPolynomialRing isSubmodule isSubquotient isSubset " +
        "isSupportedInZeroLocus isSurjective isTable isUnit isWellDefined isWeylAlgebra Iterate Iterator iterator " +
        "Jacobian jacobian jacobianDual Join join Jupyter Keep KeepFiles KeepZeroes ker kernel kernelLLL " +
        "kernelOfLocalization Key keys Keyword Keywords kill koszul L last lastMatch Layout lcm leadCoefficient " +
        "leadComponent leadMonomial leadTerm Left left length LengthLimit Lex lift liftable Limit limitFiles " +
        "limitProcesses Linear LinearAlgebra lineNumber lines linkFile List list listForm listLocalSymbols " +
        "listSymbols listUserSymbols LLL LLLBases lngamma load loadDepth LoadDocumentation loadedFiles loadedPackages " +
        "loadPackage Local local localDictionaries LocalDictionary localize locate log log1p LongPolynomial lookup " +
        "lookupCount LowerBound LUdecomposition makeDirectory MakeDocumentation makeDocumentTag MakeHTML MakeInfo " +
        "MakeLinks makePackageIndex MakePDF makeS2 Manipulator map MapExpression markedGB match mathML Matrix matrix " +
        "MatrixExpression max maxAllowableThreads maxExponent MaximalRank maxPosition MaxReductionCount member " +
        "memoize memoizeClear memoizeValues merge mergePairs method MethodFunction MethodFunctionBinary " +
        "MethodFunctionSingle MethodFunctionWithOptions methodOptions methods midpoint min minExponent mingens mingle " +
        "minimalBetti MinimalGenerators MinimalMatrix minimalPresentation minimalPresentationMap " +
        "minimalPresentationMapInv MinimalPrimes minimalPrimes minimalReduction Minimize minimizeFilename " +
        "MinimumVersion minors minPosition minPres minprimes Minus minus mkdir mod Module module modulo Monoid monoid " +
        "MonoidElement Monomial monomialCurveIdeal MonomialIdeal monomialIdeal MonomialOrder Monomials monomials " +
        "MonomialSize monomialSubideal moveFile multidegree multidoc multigraded MultigradedBettiTally multiplicity " +
        "mutable MutableHashTable mutableIdentity MutableList MutableMatrix mutableMatrix Name nanosleep NCLex needs " +
        "needsPackage Net net NetFile netList new newClass newCoordinateSystem NewFromMethod newline NewMethod " +
        "newNetFile NewOfFromMethod NewOfMethod newPackage newRing next nextkey nextPrime NonAssociativeProduct " +
        "NoPrint norm normalCone not Nothing notify notImplemented NTL null nullaryMethods nullhomotopy nullSpace " +
        "Number number NumberedVerticalList numcols numColumns numerator numeric numericInterval numgens numRows " +
        "numrows odd oeis of ofClass on OneExpression OnlineLookup OO oo ooo oooo openDatabase openDatabaseOut " +
        "openFiles openIn openInOut openListener openOut openOutAppend operatorAttributes Option " +
        "OptionalComponentsPresent Options options OptionTable or Order order OrderedMonoid OutputDictionary Outputs " +
        "override pack Package package PackageDictionary PackageExports PackageImports packageTemplate pad pager " +
        "PairLimit pairs PairsRemaining parent Parenthesize Parsing part Partition partition partitions parts path " +
        "pdim peek permanents permutations pfaffians pi pivots PlaneCurveSingularities plus poincare poincareN " +
        "polarize poly PolynomialRing Position position positions POSIX Postfix Power power powermod Precision " +
        "precision Prefix prefixDirectory prefixPath preimage prepend presentation pretty primaryComponent " +
        "PrimaryDecomposition primaryDecomposition PrimaryTag PrimitiveElement Print print printerr printingAccuracy " +
        "printingLeadLimit printingPrecision printingSeparator printingTimeLimit printingTrailLimit printString " +
        "printWidth processID Product product ProductOrder profile profileSummary Program programPaths ProgramRun " +
        "Proj Projective ProjectiveHilbertPolynomial projectiveHilbertPolynomial ProjectiveVariety promote protect " +
        "Prune prune pruningMap Pseudocode pseudocode pseudoRemainder pushForward QQ QRDecomposition quit Quotient " +
        "quotient quotientRemainder QuotientRing Radical radical RadicalCodim1 radicalContainment RaiseError random " +
        "randomKRationalPoint randomMutableMatrix Range rank read readDirectory readlink readPackage RealField RealFP " +
        "realPart realpath RealQP RealQP1 RealRR RealXD recursionDepth recursionLimit Reduce reducedRowEchelonForm " +
        "reduceHilbert reductionNumber ReesAlgebra reesAlgebra reesAlgebraIdeal reesIdeal References regex regexQuote " +
        "registerFinalizer regSeqInIdeal regularity regularizedBeta regularizedGamma relations relativizeFilename " +
        "Reload remainder RemakeAllDocumentation remove removeDirectory removeFile removeLowestDimension reorganize " +
        "replace RerunExamples res reshape Resolution resolution restart Result resultant return returnCode Reverse " +
        "reverse RevLex Right right Ring ring RingElement RingFamily ringFromFractions RingMap rootPath roots rootURI " +
        "rotate round rowAdd RowExpression rowMult rowPermute rowRankProfile rowSwap RR RRi rsort run RunDirectory " +
        "RunExamples runHooks runLengthEncode runProgram same saturate Saturation scan scanKeys scanLines scanPairs " +
        "scanValues schedule schreyerOrder Schubert scriptCommandLine ScriptedFunctor searchPath sec sech SeeAlso " +
        "seeParsing select selectInSubring selectVariables SelfInitializingType separate SeparateExec separateRegexp " +
        "Sequence sequence serialNumber Set set setEcho setGroupID setIOExclusive setIOSynchronized " +
        "setIOUnSynchronized setRandomSeed setup setupEmacs sheaf SheafExpression sheafExt sheafHom SheafOfRings " +
        "shield ShimoyamaYokoyama show showClassStructure showHtml showStructure showTex showUserStructure SimpleDoc " +
        "simpleDocFrob SimplifyFractions sin singularLocus sinh size size2 SizeLimit SkewCommutative sleep " +
        "smithNormalForm solve someTerms Sort sort sortColumns SortStrategy source SourceCode SourceRing SPACE span " +
        "SparseMonomialVectorExpression SparseVectorExpression Spec specialFiber specialFiberIdeal splice splitWWW " +
        "sqrt stack stacksProject Standard standardForm standardPairs StartWithOneMinor stashValue status stderr " +
        "stdio step StopBeforeComputation stopIfError StopIteration StopWithMinimalGenerators Strategy Strict String " +
        "sub sublists submatrix submatrixByDegrees Subnodes subquotient SubringLimit Subscript subscript subsets " +
        "substitute substring subtable Sugarless Sum sum SumOfTwists super Superscript superscript support SVD switch " +
        "sylvesterMatrix Symbol symbol SymbolBody symbolBody symlinkDirectory symlinkFile symmetricAlgebra " +
        "symmetricAlgebraIdeal symmetricKernel symmetricPower synonym SYNOPSIS syz Syzygies SyzygyLimit SyzygyMatrix " +
        "SyzygyRows syzygyScheme Table table take Tally tally tan TangentCone tangentCone tangentSheaf tanh target " +
        "Task taskResult temporaryFileName tensor tensorAssociativity terms TEST Test testExample testHunekeQuestion " +
        "TestInput tests tex TeXmacs texMath Text then Thing threadVariable Threshold throw Time time times timing to " +
        "toAbsolutePath toCC toDividedPowers toDual toExternalString toField toList toLower top topCoefficients " +
        "topComponents topLevelMode Tor Toric toRR toRRi Torsion toSequence toString TotalPairs toUpper trace " +
        "transpose Tries Trim trim true Truncate truncate truncateOutput try tutorial Type TypicalValue typicalValues " +
        "ultimate unbag uncurry Undo undocumented uniform uninstallAllPackages uninstallPackage Unique unique " +
        "uniquePermutations Unmixed unsequence unstack Up UpdateOnly UpperTriangular URL urlEncode Usage use " +
        "UseCachedExampleOutput UseHilbertFunction User UserMode userSymbols UseSyzygies utf8 utf8check utf8substring " +
        "value values Variable VariableBaseName Variables Variety variety vars Vasconcelos Vector vector " +
        "VectorExpression Verbose Verbosity Verify versalEmbedding Version version VerticalList VerticalSpace " +
        "viewHelp VirtualTally VisibleList wait WebApp wedgeProduct weightRange Weights WeylAlgebra when whichGm " +
        "while width wikipedia Wrap wrap WrapperType xor youngest zero ZeroExpression zeta ZZ");

    /// <summary>Python keywords and the names our SymPy scripts import or define.</summary>
    public static readonly IReadOnlySet<string> PythonReserved = Words(
        "False None True and as assert async await break class continue def del elif else except finally for from global if " +
        "import in is lambda nonlocal not or pass raise return try while with yield Rational symbols ring_variables order field");

    /// <summary>Julia keywords and the Oscar names our scripts use.</summary>
    public static readonly IReadOnlySet<string> JuliaReserved = Words(
        "baremodule begin break catch const continue do else elseif end export false finally for function global if import " +
        "let local macro module quote return struct true try using while Oscar QQ ZZ GF ideal polynomial_ring degrevlex lex " +
        "weight_ordering ordering");

    private static readonly Regex SingularIdentifier = new("^[A-Za-z][A-Za-z0-9_]*$", RegexOptions.CultureInvariant);
    private static readonly Regex Macaulay2Identifier = new("^[A-Za-z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);
    private static readonly Regex Token = new("[A-Za-z_][A-Za-z0-9_]*", RegexOptions.CultureInvariant);

    /// <summary>The original variable names and the ones written, with what a writer needs of them.</summary>
    public sealed class Renaming
    {
        private readonly Dictionary<string, string> _toWritten;

        internal Renaming(IReadOnlyList<string> original, IReadOnlyList<string> written)
        {
            Original = original;
            Written = written;
            _toWritten = Enumerable.Range(0, written.Count).Where(i => written[i] != original[i]).ToDictionary(i => original[i], i => written[i]);
        }

        public IReadOnlyList<string> Original { get; }
        public IReadOnlyList<string> Written { get; }

        /// <summary>"new=old, …" for the header comment; null when nothing was renamed.</summary>
        public string? Description => Describe(Original, Written);

        /// <summary>A polynomial's text with the written names.</summary>
        public string Apply(string polynomial) => Substitute(polynomial, _toWritten);
    }

    /// <summary>The names to write for <paramref name="variables"/> in Singular (same order; unchanged where allowed).</summary>
    public static Renaming ForSingular(IReadOnlyList<string> variables) =>
        new(variables, Rename(variables, v => SingularIdentifier.IsMatch(v) && !SingularReserved.Contains(v), v => v));

    /// <summary>The names to write for <paramref name="variables"/> in Macaulay2.</summary>
    public static Renaming ForMacaulay2(IReadOnlyList<string> variables) =>
        new(variables, Rename(variables, v => Macaulay2Identifier.IsMatch(v) && !Macaulay2Reserved.Contains(v), v => v.Replace('_', 'U')));

    /// <summary>The names to write for <paramref name="variables"/> in a SymPy (Python) script.</summary>
    public static Renaming ForPython(IReadOnlyList<string> variables) =>
        new(variables, Rename(variables, v => SingularIdentifier.IsMatch(v) && !PythonReserved.Contains(v), v => v));

    /// <summary>The names to write for <paramref name="variables"/> in an Oscar (Julia) script.</summary>
    public static Renaming ForJulia(IReadOnlyList<string> variables) =>
        new(variables, Rename(variables, v => SingularIdentifier.IsMatch(v) && !JuliaReserved.Contains(v), v => v));

    private static IReadOnlyList<string> Rename(IReadOnlyList<string> variables, Func<string, bool> allowed, Func<string, string> clean)
    {
        var taken = new HashSet<string>(variables);
        var result = new string[variables.Count];
        for (int i = 0; i < variables.Count; i++)
        {
            var v = variables[i];
            if (allowed(v)) { result[i] = v; continue; }
            var stem = clean(v);
            var name = stem;
            for (int k = 0; !allowed(name) || taken.Contains(name); k++) name = stem + k;
            taken.Add(name);
            result[i] = name;
        }
        return result;
    }

    /// <summary>"new=old, …" for the header comment; null when nothing was renamed.</summary>
    public static string? Describe(IReadOnlyList<string> original, IReadOnlyList<string> written)
    {
        var pairs = Enumerable.Range(0, original.Count).Where(i => original[i] != written[i]).Select(i => $"{written[i]}={original[i]}").ToList();
        return pairs.Count == 0 ? null : string.Join(", ", pairs);
    }

    /// <summary>Parses an <c>elimination-renamed</c> header back into written → original.</summary>
    public static Dictionary<string, string> ParseRenaming(string text)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = pair.IndexOf('=');
            if (eq > 0) map[pair[..eq].Trim()] = pair[(eq + 1)..].Trim();
        }
        return map;
    }

    /// <summary>Replaces whole identifiers in a polynomial's text (the only identifiers in it are variables).</summary>
    public static string Substitute(string text, IReadOnlyDictionary<string, string> names) =>
        names.Count == 0 ? text : Token.Replace(text, m => names.TryGetValue(m.Value, out var n) ? n : m.Value);

    private static IReadOnlySet<string> Words(string text) =>
        new HashSet<string>(text.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
