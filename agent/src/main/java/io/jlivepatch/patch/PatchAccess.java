package io.jlivepatch.patch;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodHandles.Lookup;
import java.lang.invoke.MethodType;

/**
 * A template, never run from here: {@link PatchCode} defines a copy of this class in each patch
 * class loader, and turns every instruction of the patch code that reaches a member its classes
 * cannot reach from their own runtime package (a private or package-private member of an
 * application class, or any member of a class that is not public) into an
 * {@code invokedynamic} linked by {@link #bootstrap}. It uses nothing but the JDK.
 */
public final class PatchAccess {

    /** The instruction each call site stands for: the JVM's opcodes. */
    static final int GETSTATIC = 178;
    static final int PUTSTATIC = 179;
    static final int GETFIELD = 180;
    static final int PUTFIELD = 181;
    static final int INVOKEVIRTUAL = 182;
    static final int INVOKESPECIAL = 183;
    static final int INVOKESTATIC = 184;
    static final int INVOKEINTERFACE = 185;

    private PatchAccess() {
    }

    /**
     * Links one access: a private lookup on class {@code ownerName} (found through the patch
     * class's loader, by name, so that a class the patch could not name is found too) from the
     * patch class, which the JDK grants within a module (a patch class loader's unnamed module
     * reads every unnamed module, and the application's classes there are open), the member found
     * as the instruction would have, typed as the call site. A member that is not there fails as
     * the instruction would have, with the linkage error the JDK throws.
     */
    public static CallSite bootstrap(Lookup caller, String name, MethodType type, int opcode, String ownerName)
            throws ReflectiveOperationException {
        Class<?> owner = Class.forName(ownerName, false, caller.lookupClass().getClassLoader());
        Lookup l = MethodHandles.privateLookupIn(owner, caller);
        MethodHandle h;
        switch (opcode) {
            case GETSTATIC:
                h = l.findStaticGetter(owner, name, type.returnType());
                break;
            case PUTSTATIC:
                h = l.findStaticSetter(owner, name, type.parameterType(0));
                break;
            case GETFIELD:
                h = l.findGetter(owner, name, type.returnType());
                break;
            case PUTFIELD:
                h = l.findSetter(owner, name, type.parameterType(1));
                break;
            case INVOKESTATIC:
                h = l.findStatic(owner, name, type);
                break;
            default:
                // invokevirtual, invokeinterface, and invokespecial of a private method: the
                // receiver comes first in the call site's type.
                h = l.findVirtual(owner, name, type.dropParameterTypes(0, 1));
                break;
        }
        return new ConstantCallSite(h.asType(type));
    }
}
